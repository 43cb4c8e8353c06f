import "../zod";
import { z } from "zod";
import { columnOf, NORMALIZATIONS, normalizeRaw, type Normalization } from "../normalize";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

export interface TopsisSettings {
  /** vector by default (Hwang & Yoon 1981); min-max, max and sum are the common alternatives. */
  readonly normalization: Normalization;
}

export interface TopsisDetails {
  readonly normalized: number[][];
  readonly weighted: number[][];
  readonly idealBest: number[];
  readonly idealWorst: number[];
  /** Euclidean distance to the ideal best (D+) and to the ideal worst (D-). */
  readonly distanceBest: number[];
  readonly distanceWorst: number[];
  /** Relative closeness C = D- / (D+ + D-), the score. */
  readonly closeness: number[];
}

/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple Attribute Decision Making", section 3.3.4): normalise each column,
 * weight it, take the best and worst weighted value per criterion (maximum for benefits, minimum for
 * costs) and score each option by C = D- / (D+ + D-). When every column is constant, D+ = D- = 0 for
 * every option and all options score 0.5.
 */
export function topsis(input: MethodInput, settings: TopsisSettings): MethodResult<TopsisDetails> {
  const n = input.criteria.length;
  const m = input.options.length;
  const columns = Array.from({ length: n }, (_, j) => normalizeRaw(columnOf(input.values, j), settings.normalization));
  const weightedColumns = columns.map((column, j) => {
    const w = input.weights[j] ?? 0;
    const out = new Array<number>(m);
    for (let i = 0; i < m; i++) out[i] = (column[i] as number) * w;
    return out;
  });
  const idealBest: number[] = [];
  const idealWorst: number[] = [];
  const best = new Float64Array(m);
  const worst = new Float64Array(m);
  weightedColumns.forEach((column, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < m; i++) {
      const v = column[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const cost = input.directions[j] === "cost";
    const plus = cost ? lo : hi;
    const minus = cost ? hi : lo;
    idealBest.push(plus);
    idealWorst.push(minus);
    for (let i = 0; i < m; i++) {
      const v = column[i] as number;
      best[i] = (best[i] as number) + (v - plus) * (v - plus);
      worst[i] = (worst[i] as number) + (v - minus) * (v - minus);
    }
  });
  const distanceBest = Array.from(best, Math.sqrt);
  const distanceWorst = Array.from(worst, Math.sqrt);
  const closeness = distanceBest.map((dBest, i) => {
    const dWorst = distanceWorst[i] ?? 0;
    return dBest + dWorst > 0 ? dWorst / (dBest + dWorst) : 0.5;
  });
  const full = input.detail !== "scores";
  const rows = (cols: readonly (readonly number[])[]): number[][] => (full ? Array.from({ length: m }, (_, i) => cols.map((c) => c[i] ?? 0)) : []);
  return {
    ok: true,
    scores: closeness,
    higherIsBetter: true,
    details: { normalized: rows(columns), weighted: rows(weightedColumns), idealBest, idealWorst, distanceBest, distanceWorst, closeness },
    issues: [],
  };
}

/** The closeness, a ratio of distances to the weighted ideals, is not linear in the weights. */
export const topsisMethod = defineMethod({
  name: "topsis",
  settings: z.object({ normalization: z.enum(NORMALIZATIONS).default("vector") }),
  run: topsis,
  linear: false,
});
