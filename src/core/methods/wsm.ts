import "../zod";
import { z } from "zod";
import type { MethodIssue } from "../issues";
import { columnOf, NORMALIZATIONS, normalizeOriented, type Normalization } from "../normalize";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

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
  const { columns, issues } = orientedColumns(input, settings.normalization);
  const m = input.options.length;
  const scores = new Array<number>(m).fill(0);
  columns.forEach((column, j) => {
    const w = input.weights[j] ?? 0;
    for (let i = 0; i < m; i++) scores[i] = (scores[i] ?? 0) + w * (column[i] ?? 0);
  });
  const full = input.detail !== "scores";
  const normalized = full ? rowsOf(columns, m) : [];
  const contributions = full ? normalized.map((row) => row.map((r, j) => (input.weights[j] ?? 0) * r)) : [];
  return { ok: true, scores, higherIsBetter: true, details: { normalized, contributions }, issues };
}

/** Normalisation does not depend on the weights, so each score is linear in them. */
export const wsmMethod = defineMethod({
  name: "wsm",
  aliases: ["weighted sum", "saw"],
  settings: z.object({ normalization: z.enum(NORMALIZATIONS).default("min-max") }),
  run: weightedSum,
  linear: true,
});

/** The benefit-oriented normalised columns, with a note for every column that fell back to min-max. */
export function orientedColumns(input: MethodInput, normalization: Normalization): { columns: number[][]; issues: MethodIssue[] } {
  const issues: MethodIssue[] = [];
  const columns = input.criteria.map((criterion, j) => {
    const result = normalizeOriented(columnOf(input.values, j), normalization, input.directions[j] ?? "benefit");
    if (result.fallback) issues.push({ code: "normalization-fallback", criterion, from: normalization, to: result.fallback });
    return result.values;
  });
  return { columns, issues };
}

function rowsOf(columns: readonly (readonly number[])[], m: number): number[][] {
  return Array.from({ length: m }, (_, i) => columns.map((column) => column[i] ?? 0));
}
