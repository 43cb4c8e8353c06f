import "../zod";
import { z } from "zod";
import { firstNonPositive } from "./positive";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

export interface WpmDetails {
  /** Ratios x / max (benefit) and min / x (cost), options x criteria. */
  readonly ratios: number[][];
}

/**
 * Weighted product model: P_i = prod_j r_ij^w_j with r_ij = x_ij / max_j for benefits and min_j / x_ij
 * for costs. The ranking equals that of prod_j x_ij^(+-w_j) and of Bridgman's pairwise ratios
 * R(A_K/A_L) = prod_j (a_Kj / a_Lj)^w_j (Triantaphyllou 2000, "Multi-criteria Decision Making Methods:
 * A Comparative Study", section 2.2.2); the score here is bounded by 1 so it reads like the others.
 * Needs every value positive: otherwise it fails with method-requires-positive.
 */
export function weightedProduct(input: MethodInput): MethodResult<WpmDetails> {
  const problem = firstNonPositive(input, "wpm");
  if (problem) return { ok: false, issues: [problem] };
  const n = input.criteria.length;
  const max = Array.from({ length: n }, (_, j) => Math.max(...input.values.map((row) => row[j] ?? 0)));
  const min = Array.from({ length: n }, (_, j) => Math.min(...input.values.map((row) => row[j] ?? 0)));
  const ratio = (x: number, j: number): number => {
    const r = input.directions[j] === "cost" ? (min[j] ?? 1) / x : x / (max[j] ?? 1);
    // Only a criterion weighted 0 (never checked for positive values) can give 0/0; it counts as neutral.
    return Number.isFinite(r) ? r : 1;
  };
  const ratios = input.values.map((row) => row.map(ratio));
  // A criterion weighted 0 is left out of the product (its ratio may be undefined: it was not checked).
  const scores = ratios.map((row) => Math.exp(row.reduce((total, r, j) => ((input.weights[j] ?? 0) > 0 ? total + (input.weights[j] ?? 0) * Math.log(r) : total), 0)));
  return { ok: true, scores, higherIsBetter: true, details: { ratios }, issues: [] };
}

/** A product of ratios raised to the weights: not linear in them. */
export const wpmMethod = defineMethod({ name: "wpm", aliases: ["weighted product"], settings: z.object({}), run: weightedProduct, linear: false });
