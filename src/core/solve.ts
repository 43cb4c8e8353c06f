import { sameWord } from "./names";
import { isBlocking, type FieldProblem, type Issue } from "./issues";
import { runMethod, type MethodDetails, type MethodSpec } from "./methods/index";
import type { Problem, TableInput, Weighting } from "./model";
import { rank } from "./rank";
import type { ReadResult, ResolvedCriterion } from "./read";
import { resolveWeights, type ResolvedWeights, type WeightDetails } from "./weights/index";

/** A field of the problem that failed validation: its path and the validator's message. */
export type SchemaProblem = FieldProblem;

export interface RankedOption {
  readonly name: string;
  readonly row: number;
  readonly score: number;
  readonly rank: number;
}

export interface Solution {
  readonly ok: true;
  readonly method: MethodSpec;
  readonly higherIsBetter: boolean;
  readonly criteria: readonly (ResolvedCriterion & { readonly weight: number })[];
  readonly options: readonly RankedOption[];
  readonly weights: readonly number[];
  readonly weighting: WeightDetails;
  readonly details: MethodDetails;
  /** The matrix the method compared (after value functions), options x criteria. */
  readonly values: readonly (readonly number[])[];
  /** Every issue found, blocking or not; a solution has none that block. */
  readonly issues: readonly Issue[];
}

export type SolveResult =
  | Solution
  | { readonly ok: false; readonly reason: "invalid-problem"; readonly problems: readonly SchemaProblem[] }
  | { readonly ok: false; readonly reason: "unsolvable"; readonly issues: readonly Issue[] };

/** Builds the table from `options` when the problem gives options instead of a table. */
export function problemTable(problem: Problem): TableInput {
  if (problem.table) return problem.table;
  const options = problem.options ?? [];
  const names = problem.criteria?.map((c) => c.column ?? c.name) ?? [];
  for (const option of options) {
    if (!Array.isArray(option.values)) for (const key of Object.keys(option.values)) if (!names.some((n) => sameWord(n, key))) names.push(key);
  }
  const nameHeader = problem.nameColumn ?? "Option";
  const rows = options.map((option): (string | number | boolean | null)[] => [
    option.name,
    ...names.map((name, j) => {
      if (Array.isArray(option.values)) return option.values[j] ?? null;
      const values = option.values;
      const key = Object.keys(values).find((k) => sameWord(k, name));
      return key === undefined ? null : (values[key] ?? null);
    }),
  ]);
  return { header: [nameHeader, ...names], rows };
}

/**
 * Replaces each cost criterion's values by 1/x and makes it a benefit. A value <= 0 cannot be inverted:
 * it becomes a method-requires-positive issue, which blocks the solution.
 */
export function invertCosts(read: ReadResult): ReadResult {
  const issues: Issue[] = [...read.issues];
  read.values.forEach((row, i) =>
    row.forEach((x, j) => {
      const criterion = read.criteria[j];
      if (criterion?.direction === "cost" && !(x > 0)) {
        issues.push({ code: "method-requires-positive", method: "1/x cost inversion", criterion: criterion.name, option: read.options[i]?.name ?? "", value: x });
      }
    }),
  );
  return {
    ...read,
    criteria: read.criteria.map((c) => (c.direction === "cost" ? { ...c, direction: "benefit" as const } : c)),
    values: read.values.map((row) => row.map((x, j) => (read.criteria[j]?.direction === "cost" && x > 0 ? 1 / x : x))),
    issues,
  };
}

/** Scores an already-read table with a method and a weighting. */
export function solveRead(read: ReadResult, method: MethodSpec, weighting: Weighting): SolveResult {
  const issues: Issue[] = [...read.issues];
  if (issues.some(isBlocking)) return { ok: false, reason: "unsolvable", issues };
  const weighted = weightsFor(read, weighting);
  issues.push(...weighted.issues);
  if (!weighted.ok) return { ok: false, reason: "unsolvable", issues };
  const input = {
    values: read.values,
    directions: read.criteria.map((c) => c.direction),
    weights: weighted.weights,
    criteria: read.criteria.map((c) => c.name),
    options: read.options.map((o) => o.name),
  };
  const result = runMethod(method, input);
  issues.push(...result.issues);
  if (!result.ok) return { ok: false, reason: "unsolvable", issues };
  const ranks = rank(result.scores, result.higherIsBetter);
  return {
    ok: true,
    method,
    higherIsBetter: result.higherIsBetter,
    criteria: read.criteria.map((c, j) => ({ ...c, weight: weighted.weights[j] ?? 0 })),
    options: read.options.map((o, i) => ({ name: o.name, row: o.row, score: result.scores[i] ?? 0, rank: ranks[i] ?? 0 })),
    weights: weighted.weights,
    weighting: weighted.details,
    details: result.details,
    values: read.values,
    issues,
  };
}

function weightsFor(read: ReadResult, weighting: Weighting): ResolvedWeights {
  return resolveWeights(
    { criteria: read.criteria.map((c) => c.name), directions: read.criteria.map((c) => c.direction), direct: read.criteria.map((c) => c.weight), values: read.values, options: read.options.map((o) => o.name) },
    weighting,
  );
}
