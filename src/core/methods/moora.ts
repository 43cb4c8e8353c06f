import "../zod";
import { z } from "zod";
import { columnOf, normalizeRaw } from "../normalize";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

export interface MooraDetails {
  /** Vector-normalised ratios x_ij / sqrt(sum_i x_ij^2). */
  readonly normalized: number[][];
  /** y_i = sum over benefits of w_j r_ij - sum over costs of w_j r_ij, the score. */
  readonly y: number[];
}

/**
 * MOORA, ratio system (Brauers & Zavadskas 2006, "The MOORA method and its application to privatization
 * in a transition economy", Control and Cybernetics 35(2)), with the criteria's weights as significance
 * coefficients: y_i = sum_{benefit} w_j r_ij - sum_{cost} w_j r_ij.
 */
export function moora(input: MethodInput): MethodResult<MooraDetails> {
  const n = input.criteria.length;
  const columns = Array.from({ length: n }, (_, j) => normalizeRaw(columnOf(input.values, j), "vector"));
  const normalized = input.options.map((_, i) => columns.map((column) => column[i] ?? 0));
  const y = normalized.map((row) => row.reduce((t, r, j) => t + (input.directions[j] === "cost" ? -1 : 1) * (input.weights[j] ?? 0) * r, 0));
  return { ok: true, scores: y, higherIsBetter: true, details: { normalized, y }, issues: [] };
}

/** Vector normalisation does not depend on the weights, so y is linear in them. */
export const mooraMethod = defineMethod({ name: "moora", settings: z.object({}), run: moora, linear: true });
