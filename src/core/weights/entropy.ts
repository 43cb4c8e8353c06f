import type { WeightsResult } from "./direct";

export interface EntropyDetails {
  readonly entropy: number[];
  readonly divergence: number[];
}

/**
 * Shannon entropy weights (Zeleny 1982; Hwang & Yoon 1981, section 2.2.3): p_ij = x_ij / sum_i x_ij,
 * E_j = -(1 / ln m) sum_i p_ij ln p_ij (0 ln 0 = 0), d_j = 1 - E_j, w_j = d_j / sum d. The more a criterion
 * varies across options, the more weight it gets; direction does not matter. Needs non-negative values.
 */
export function entropyWeights(values: readonly (readonly number[])[], criteria: readonly string[], options: readonly string[]): (WeightsResult & { details?: EntropyDetails }) {
  const m = values.length;
  const n = criteria.length;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const value = values[i]?.[j] ?? 0;
      if (value < 0) return { ok: false, issues: [{ code: "entropy-negative", criterion: criteria[j] ?? "", option: options[i] ?? "", value }] };
    }
  }
  if (m < 2) return { ok: false, issues: [{ code: "weights-undetermined", method: "entropy" }] };
  const k = 1 / Math.log(m);
  const entropy = Array.from({ length: n }, (_, j) => {
    const total = values.reduce((t, row) => t + (row[j] ?? 0), 0);
    if (!(total > 0)) return 1;
    let h = 0;
    for (const row of values) {
      const p = (row[j] ?? 0) / total;
      if (p > 0) h -= p * Math.log(p);
    }
    return Math.min(1, k * h);
  });
  const divergence = entropy.map((e) => 1 - e);
  const total = divergence.reduce((t, d) => t + d, 0);
  if (!(total > 0)) return { ok: false, issues: [{ code: "weights-undetermined", method: "entropy" }] };
  return { ok: true, weights: divergence.map((d) => d / total), issues: [], details: { entropy, divergence } };
}
