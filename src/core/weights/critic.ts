import { columnOf, normalizeOriented, type Direction } from "../normalize";
import type { WeightsResult } from "./direct";

export interface CriticDetails {
  readonly stdDev: number[];
  readonly correlation: number[][];
  readonly information: number[];
}

/**
 * CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995, "Determining objective weights in multiple criteria
 * problems: the CRITIC method", Computers & Operations Research 22(7)): min-max normalise (benefit-
 * oriented), C_j = sigma_j sum_k (1 - r_jk) with sigma the standard deviation and r Pearson's correlation,
 * w_j = C_j / sum C. sigma is the population form; the sample form scales every C_j alike and gives the
 * same weights. A constant column has sigma 0 and correlation 0 with the others.
 */
export function criticWeights(values: readonly (readonly number[])[], directions: readonly Direction[]): WeightsResult & { details?: CriticDetails } {
  const m = values.length;
  const n = directions.length;
  const columns = Array.from({ length: n }, (_, j) => normalizeOriented(columnOf(values, j), "min-max", directions[j] ?? "benefit").values);
  const means = columns.map((c) => c.reduce((t, x) => t + x, 0) / Math.max(1, m));
  const stdDev = columns.map((c, j) => Math.sqrt(c.reduce((t, x) => t + (x - (means[j] ?? 0)) ** 2, 0) / Math.max(1, m)));
  const correlation = columns.map((a, j) =>
    columns.map((b, k) => {
      if (j === k) return 1;
      const sa = stdDev[j] ?? 0;
      const sb = stdDev[k] ?? 0;
      if (!(sa > 0 && sb > 0)) return 0;
      let cov = 0;
      for (let i = 0; i < m; i++) cov += ((a[i] ?? 0) - (means[j] ?? 0)) * ((b[i] ?? 0) - (means[k] ?? 0));
      return Math.max(-1, Math.min(1, cov / m / (sa * sb)));
    }),
  );
  const information = stdDev.map((s, j) => s * (correlation[j] ?? []).reduce((t, r) => t + (1 - r), 0));
  const total = information.reduce((t, c) => t + c, 0);
  if (!(total > 0)) return { ok: false, issues: [{ code: "weights-undetermined", method: "critic" }] };
  return { ok: true, weights: information.map((c) => c / total), issues: [], details: { stdDev, correlation, information } };
}
