import type { MethodIssue } from "../issues";
import { columnOf, normalizeOriented, type Normalization } from "../normalize";
import type { MethodInput, MethodResult } from "./types";

export interface WsmSettings {
  /** min-max by default, so the best option on a criterion gets its full weight and the worst none. */
  readonly normalization: Normalization;
}

export interface WsmDetails {
  /** Benefit-oriented normalised matrix, options x criteria. */
  readonly normalized: number[][];
  /** weight x normalised value, options x criteria; each row sums to the option's score. */
  readonly contributions: number[][];
}

/**
 * Weighted sum (simple additive weighting): S_i = sum_j w_j r_ij with r benefit-oriented.
 * Source: Fishburn (1967); Hwang & Yoon (1981), "Multiple Attribute Decision Making", section 3.2.
 * Textbook SAW uses the max normalisation (x/max, min/x for costs); select it with normalization "max".
 */
export function weightedSum(input: MethodInput, settings: WsmSettings): MethodResult<WsmDetails> {
  const { normalized, issues } = orientedMatrix(input, settings.normalization);
  const contributions = normalized.map((row) => row.map((r, j) => (input.weights[j] ?? 0) * r));
  const scores = contributions.map((row) => row.reduce((total, c) => total + c, 0));
  return { ok: true, scores, higherIsBetter: true, details: { normalized, contributions }, issues };
}

/** The benefit-oriented normalised matrix, with a note for every column that fell back to min-max. */
export function orientedMatrix(input: MethodInput, normalization: Normalization): { normalized: number[][]; issues: MethodIssue[] } {
  const issues: MethodIssue[] = [];
  const columns = input.criteria.map((criterion, j) => {
    const result = normalizeOriented(columnOf(input.values, j), normalization, input.directions[j] ?? "benefit");
    if (result.fallback) issues.push({ code: "normalization-fallback", criterion, from: normalization, to: result.fallback });
    return result.values;
  });
  const normalized = input.options.map((_, i) => columns.map((column) => column[i] ?? 0));
  return { normalized, issues };
}
