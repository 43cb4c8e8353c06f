import { cellText, levelKey } from "./cells";
import { isBlocking, type Issue, type TableIssue, type WeightIssue } from "./issues";
import { runMethod, type MethodDetails, type MethodSpec } from "./methods/index";
import { ProblemSchema, type Problem, type TableInput, type Weighting } from "./model";
import { rank } from "./rank";
import { readTable, type ReadResult, type ResolvedCriterion } from "./read";
import { ahpWeights, type AhpPriorities } from "./weights/ahp";
import { criticWeights, type CriticDetails } from "./weights/critic";
import { normalizeWeights, type WeightsResult } from "./weights/direct";
import { entropyWeights, type EntropyDetails } from "./weights/entropy";
import { rankOrderCentroid, rankSum } from "./weights/rank-order";

/** A field of the problem that failed validation: its path and the validator's message. */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

export type WeightDetails =
  | { readonly method: "direct" | "equal" | "roc" | "rank-sum" }
  | ({ readonly method: "ahp" } & Omit<AhpPriorities, "ok" | "weights" | "issues">)
  | ({ readonly method: "entropy" } & EntropyDetails)
  | ({ readonly method: "critic" } & CriticDetails);

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
    if (!Array.isArray(option.values)) for (const key of Object.keys(option.values)) if (!names.some((n) => levelKey(n) === levelKey(key))) names.push(key);
  }
  const nameHeader = problem.nameColumn ?? "Option";
  const rows = options.map((option): (string | number | boolean | null)[] => [
    option.name,
    ...names.map((name, j) => {
      if (Array.isArray(option.values)) return option.values[j] ?? null;
      const values = option.values;
      const key = Object.keys(values).find((k) => levelKey(k) === levelKey(name));
      return key === undefined ? null : (values[key] ?? null);
    }),
  ]);
  return { header: [nameHeader, ...names], rows };
}

/** Validates a decision problem (for instance parsed JSON) and solves it. Never throws. */
export function solve(input: unknown): SolveResult {
  const parsed = ProblemSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      reason: "invalid-problem",
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(problem)", message: issue.message })),
    };
  }
  return solveProblem(parsed.data);
}

/** Reads a problem's table as its criteria and settings say (costs not yet inverted). */
export function readProblem(problem: Problem): ReadResult {
  return readTable(problemTable(problem), { criteria: problem.criteria, nameColumn: problem.options ? (problem.nameColumn ?? "Option") : problem.nameColumn, onInvalid: problem.onInvalid });
}

export function solveProblem(problem: Problem): SolveResult {
  return readAndSolve(problem).result;
}

/** The problem read (costs not yet inverted) and solved, for callers that need both without reading twice. */
export function readAndSolve(problem: Problem): { read: ReadResult; result: SolveResult } {
  const read = readProblem(problem);
  return { read, result: solveRead(problem.costs === "invert" ? invertCosts(read) : read, problem.method, problem.weights) };
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
  const weighted = resolveWeights(read, weighting);
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

type ResolvedWeights = { readonly ok: true; readonly weights: number[]; readonly issues: WeightIssue[]; readonly details: WeightDetails } | { readonly ok: false; readonly issues: (WeightIssue | TableIssue)[] };

function withDetails(result: WeightsResult, details: WeightDetails): ResolvedWeights {
  return result.ok ? { ...result, details } : result;
}

function resolveWeights(read: ReadResult, weighting: Weighting): ResolvedWeights {
  const names = read.criteria.map((c) => c.name);
  switch (weighting.method) {
    case "direct":
      return withDetails(normalizeWeights(names, read.criteria.map((c) => c.weight)), { method: "direct" });
    case "equal":
      return withDetails(normalizeWeights(names, names.map(() => 1)), { method: "equal" });
    case "ahp": {
      const result = ahpWeights(weighting.pairwise, weighting.randomIndex);
      if (!result.ok) return result;
      if (result.weights.length !== names.length) {
        return { ok: false, issues: [{ code: "weights-length-mismatch", expected: names.length, received: result.weights.length }] };
      }
      const { ok: _ok, weights, issues, ...details } = result;
      return { ok: true, weights, issues, details: { method: "ahp", ...details } };
    }
    case "roc":
    case "rank-sum": {
      const ranks = importanceRanks(names, weighting.order);
      if (!ranks.ok) return ranks;
      const weights = weighting.method === "roc" ? rankOrderCentroid(ranks.ranks) : rankSum(ranks.ranks);
      return { ok: true, weights, issues: [], details: { method: weighting.method } };
    }
    case "entropy": {
      const result = entropyWeights(read.values, names, read.options.map((o) => o.name));
      return result.ok && result.details ? { ...result, details: { method: "entropy", ...result.details } } : { ok: false, issues: result.issues };
    }
    case "critic": {
      const result = criticWeights(read.values, read.criteria.map((c) => c.direction));
      return result.ok && result.details ? { ...result, details: { method: "critic", ...result.details } } : { ok: false, issues: result.issues };
    }
  }
}

/**
 * Positions (1 = most important) of `names` in an importance order of criterion names; a nested list
 * is a tie and takes the position of its first member (1, 2, 2, 4).
 */
export function importanceRanks(names: readonly string[], order: readonly (string | readonly string[])[]): { ok: true; ranks: number[] } | { ok: false; issues: (TableIssue | WeightIssue)[] } {
  const ranks = new Array<number>(names.length).fill(0);
  const issues: (TableIssue | WeightIssue)[] = [];
  let position = 1;
  for (const entry of order) {
    const group = typeof entry === "string" ? [entry] : entry;
    for (const name of group) {
      const j = names.findIndex((n) => levelKey(n) === levelKey(cellText(name)));
      if (j < 0) issues.push({ code: "criterion-not-found", criterion: name });
      else ranks[j] = position;
    }
    position += group.length;
  }
  names.forEach((name, j) => {
    if (ranks[j] === 0) issues.push({ code: "ranking-incomplete", criterion: name });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, ranks };
}
