import "../zod";
import { z } from "zod";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

export interface CoprasDetails {
  /** Weighted sum-normalised matrix d_ij = w_j x_ij / sum_i x_ij. */
  readonly weighted: number[][];
  readonly sPlus: number[];
  readonly sMinus: number[];
  /** Relative significance Q, the score. */
  readonly Q: number[];
  /** Utility degree N = 100 Q / max Q (percent). */
  readonly utility: number[];
}

/**
 * COPRAS (Zavadskas, Kaklauskas & Sarka 1994; formulas as in Zavadskas et al. 2008, "Selection of the
 * effective dwelling house walls by applying attributes values determined at intervals", JCEM 14(2)):
 * d_ij = w_j x_ij / sum_i x_ij, S+_i and S-_i the sums over benefit and cost criteria,
 * Q_i = S+_i + sum_i S-_i / (S-_i sum_i (1 / S-_i)). Without cost criteria Q = S+.
 * Needs non-negative values, and positive ones on cost criteria.
 */
export function copras(input: MethodInput): MethodResult<CoprasDetails> {
  const n = input.criteria.length;
  for (let i = 0; i < input.values.length; i++) {
    for (let j = 0; j < n; j++) {
      const value = input.values[i]?.[j] ?? 0;
      if ((input.weights[j] ?? 0) > 0 && (value < 0 || (value === 0 && input.directions[j] === "cost"))) {
        return { ok: false, issues: [{ code: "method-requires-positive", method: "copras", criterion: input.criteria[j] ?? "", option: input.options[i] ?? "", value }] };
      }
    }
  }
  const totals = Array.from({ length: n }, (_, j) => input.values.reduce((t, row) => t + (row[j] ?? 0), 0));
  const weighted = input.values.map((row) => row.map((x, j) => ((totals[j] ?? 0) > 0 ? ((input.weights[j] ?? 0) * x) / (totals[j] ?? 1) : 0)));
  const sPlus = weighted.map((row) => row.reduce((t, d, j) => t + (input.directions[j] === "benefit" ? d : 0), 0));
  const sMinus = weighted.map((row) => row.reduce((t, d, j) => t + (input.directions[j] === "cost" ? d : 0), 0));
  const hasCost = input.directions.some((d) => d === "cost") && sMinus.every((s) => s > 0);
  const sumMinus = sMinus.reduce((t, s) => t + s, 0);
  const sumInverse = sMinus.reduce((t, s) => t + (s > 0 ? 1 / s : 0), 0);
  const Q = sPlus.map((plus, i) => (hasCost ? plus + sumMinus / ((sMinus[i] ?? 1) * sumInverse) : plus));
  const qMax = Math.max(...Q);
  const utility = Q.map((q) => (qMax > 0 ? (100 * q) / qMax : 0));
  return { ok: true, scores: Q, higherIsBetter: true, details: { weighted, sPlus, sMinus, Q, utility }, issues: [] };
}

/** With cost criteria Q divides by S-, itself weighted: not linear in the weights. */
export const coprasMethod = defineMethod({ name: "copras", settings: z.object({}), run: copras, linear: false });
