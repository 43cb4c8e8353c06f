/**
 * Every weighting behind one call: the analyst's direct weights, equal, AHP (pairwise judgements), ROC
 * and rank sum (an order of importance), entropy and CRITIC (from the data). The CLI's `weights`, the
 * PIVOT.WEIGHTS function, the task pane's buttons and solve() all weigh criteria here.
 */
import { cellText } from "../cells";
import type { TableIssue, WeightIssue } from "../issues";
import type { Weighting } from "../model";
import { sameWord } from "../names";
import type { Direction } from "../normalize";
import type { Result } from "../result";
import { ahpWeights, type AhpPriorities } from "./ahp";
import { criticWeights, type CriticDetails } from "./critic";
import { normalizeWeights, type WeightsResult } from "./direct";
import { entropyWeights, type EntropyDetails } from "./entropy";
import { rankOrderCentroid, rankSum } from "./rank-order";

export type WeightDetails =
  | { readonly method: "direct" | "equal" | "roc" | "rank-sum" }
  | ({ readonly method: "ahp" } & Omit<AhpPriorities, "ok" | "weights" | "issues">)
  | ({ readonly method: "entropy" } & EntropyDetails)
  | ({ readonly method: "critic" } & CriticDetails);

/** What a weighting may need: the criteria (names, directions, their direct weights) and, for entropy and CRITIC, the data. */
export interface WeightingInput {
  /** Criterion names in column order. Absent for a weighting given on its own (AHP's matrix, an importance order). */
  readonly criteria?: readonly string[];
  readonly directions?: readonly Direction[];
  /** The criteria's own weights, for "direct". */
  readonly direct?: readonly (number | undefined)[];
  /** Options x criteria, for entropy and CRITIC (after value functions). */
  readonly values?: readonly (readonly number[])[];
  readonly options?: readonly string[];
}

export type ResolvedWeights = Result<{ readonly weights: number[]; readonly issues: WeightIssue[]; readonly details: WeightDetails }, WeightIssue | TableIssue>;

function withDetails(result: WeightsResult, details: WeightDetails): ResolvedWeights {
  return result.ok ? { ...result, details } : result;
}

/** Weights summing to 1 in criteria order (the order's own names when no criteria are given), or why not. */
export function resolveWeights(input: WeightingInput, weighting: Weighting): ResolvedWeights {
  const given = input.criteria;
  const names = given ?? [];
  switch (weighting.method) {
    case "direct":
      return withDetails(normalizeWeights(names, input.direct ?? names.map(() => undefined)), { method: "direct" });
    case "equal":
      return withDetails(normalizeWeights(names, names.map(() => 1)), { method: "equal" });
    case "ahp": {
      const result = ahpWeights(weighting.pairwise, weighting.randomIndex);
      if (!result.ok) return result;
      if (given && result.weights.length !== names.length) {
        return { ok: false, issues: [{ code: "weights-length-mismatch", expected: names.length, received: result.weights.length }] };
      }
      const { ok: _ok, weights, issues, ...details } = result;
      return { ok: true, weights, issues, details: { method: "ahp", ...details } };
    }
    case "roc":
    case "rank-sum": {
      const ranks = importanceRanks(given ?? orderNames(weighting.order), weighting.order);
      if (!ranks.ok) return ranks;
      const weights = weighting.method === "roc" ? rankOrderCentroid(ranks.ranks) : rankSum(ranks.ranks);
      return { ok: true, weights, issues: [], details: { method: weighting.method } };
    }
    case "entropy": {
      const result = entropyWeights(input.values ?? [], names, input.options ?? []);
      return result.ok && result.details ? { ...result, details: { method: "entropy", ...result.details } } : { ok: false, issues: result.issues };
    }
    case "critic": {
      const result = criticWeights(input.values ?? [], input.directions ?? []);
      return result.ok && result.details ? { ...result, details: { method: "critic", ...result.details } } : { ok: false, issues: result.issues };
    }
  }
}

/** The names an importance order lists, in its order (tied groups flattened). */
export const orderNames = (order: readonly (string | readonly string[])[]): string[] => order.flatMap((entry) => (typeof entry === "string" ? [entry] : [...entry]));

/**
 * Positions (1 = most important) of `names` in an importance order of criterion names; a nested list
 * is a tie and takes the position of its first member (1, 2, 2, 4).
 */
export function importanceRanks(names: readonly string[], order: readonly (string | readonly string[])[]): Result<{ ranks: number[] }, TableIssue | WeightIssue> {
  const ranks = new Array<number>(names.length).fill(0);
  const issues: (TableIssue | WeightIssue)[] = [];
  let position = 1;
  for (const entry of order) {
    const group = typeof entry === "string" ? [entry] : entry;
    for (const name of group) {
      const j = names.findIndex((n) => sameWord(n, cellText(name)));
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
