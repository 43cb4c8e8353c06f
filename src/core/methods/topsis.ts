import { columnOf, normalizeRaw, type Normalization } from "../normalize";
import type { MethodInput, MethodResult } from "./types";

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
  const columns = Array.from({ length: n }, (_, j) => normalizeRaw(columnOf(input.values, j), settings.normalization));
  const normalized = input.options.map((_, i) => columns.map((column) => column[i] ?? 0));
  const weighted = normalized.map((row) => row.map((r, j) => r * (input.weights[j] ?? 0)));
  const idealBest: number[] = [];
  const idealWorst: number[] = [];
  for (let j = 0; j < n; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of weighted) {
      const v = row[j] ?? 0;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const cost = input.directions[j] === "cost";
    idealBest.push(cost ? lo : hi);
    idealWorst.push(cost ? hi : lo);
  }
  const distanceBest: number[] = [];
  const distanceWorst: number[] = [];
  const closeness: number[] = [];
  for (const row of weighted) {
    let best = 0;
    let worst = 0;
    for (let j = 0; j < n; j++) {
      const v = row[j] ?? 0;
      best += (v - (idealBest[j] ?? 0)) ** 2;
      worst += (v - (idealWorst[j] ?? 0)) ** 2;
    }
    const dBest = Math.sqrt(best);
    const dWorst = Math.sqrt(worst);
    distanceBest.push(dBest);
    distanceWorst.push(dWorst);
    closeness.push(dBest + dWorst > 0 ? dWorst / (dBest + dWorst) : 0.5);
  }
  return {
    ok: true,
    scores: closeness,
    higherIsBetter: true,
    details: { normalized, weighted, idealBest, idealWorst, distanceBest, distanceWorst, closeness },
    issues: [],
  };
}
