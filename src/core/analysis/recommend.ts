import { columnOf, normalizeOriented } from "../normalize";
import { resolveLevels } from "../scales/index";
import type { Solution } from "../solve";
import { weightEvaluator, type ScoringModel } from "./evaluator";
import { argmax, comparedValue, scaleDomain, utilitiesAt, type InputModel } from "./inputs";
import type { ScenarioComparison } from "./scenarios";
import type { Estimate, SmaaResult } from "./smaa";
import type { WeightSensitivity } from "./weight-sensitivity";

export interface Pick {
  readonly option: string;
  readonly row: number;
  readonly score: number;
  readonly rank: number;
}

/** One criterion's part in the winner's lead over the runner-up. */
export interface LeadReason {
  readonly criterion: string;
  readonly weight: number;
  readonly primary: number;
  readonly secondary: number;
  /** primary - secondary; the reasons are sorted by it, largest first. */
  readonly difference: number;
}

export interface InputChange {
  readonly option: string;
  readonly criterion: string;
  /** Natural values (the scale's unit): the table's value and the one at which the top choice changes. */
  readonly from: number;
  readonly to: number;
  /** |to - from| as a share of the criterion's spread across options (the size used to compare changes). */
  readonly share: number;
  /** Who is on top once the value passes `to`. */
  readonly winner: string;
}

export interface WeightChange {
  readonly criterion: string;
  readonly from: number;
  readonly to: number;
  readonly challenger: string;
}

export interface Recommendation {
  readonly primary: Pick;
  readonly secondary?: Pick;
  /** True when the top score is shared (the primary is the first of them in table order). */
  readonly tie: boolean;
  /** Every option sharing first place when `tie`. */
  readonly tied: readonly string[];
  /**
   * VIKOR only, when its acceptance conditions fail (Opricovic & Tzeng 2004): the compromise set to
   * present instead of a single winner, and which condition failed.
   */
  readonly compromise?: { readonly options: readonly string[]; readonly acceptableAdvantage: boolean; readonly acceptableStability: boolean };
  /**
   * Contributions are the method's own additive terms (weight x normalised value for the weighted sum,
   * per-criterion net flows for PROMETHEE II, ratios for MOORA) where the score is linear in the weights;
   * otherwise weight x min-max normalised value, an explanation rather than the method's arithmetic.
   */
  readonly basis: "score" | "weighted-normalized";
  readonly lead: readonly LeadReason[];
  /** How often each wins in the simulation (rank acceptability of rank 1). */
  readonly winProbability?: Estimate;
  readonly secondaryWinProbability?: Estimate;
  /** The most critical criterion for the top choice (smallest relative weight change, T&S) and its stability interval. */
  readonly critical?: { readonly criterion: string; readonly weight: number; readonly low: number; readonly high: number; readonly relative: number; readonly challenger: string };
  /** The weight change (others rescaled) closest to the current weights that changes the top choice (absent on a tie). */
  readonly smallestWeightChange?: WeightChange;
  /** The single input change, smallest relative to its criterion's spread, that changes the top choice (absent on a tie). */
  readonly smallestInputChange?: InputChange;
  /** True when the problem was too large (INPUT_CHANGE_LIMIT values) for the input-change search. */
  readonly inputChangeSkipped?: true;
  /** Each scenario's winner(s); empty when the scenario cannot be ranked. */
  readonly scenarioWinners: readonly { readonly scenario: string; readonly winners: readonly string[] }[];
  readonly minimaxRegret: readonly string[];
}

/** The weight change (one weight moved, the others rescaled) closest to the current weights that changes the top choice. */
export function nearestWeightChange(sensitivity: WeightSensitivity): WeightChange | undefined {
  let nearest: WeightChange | undefined;
  for (const interval of sensitivity.intervals) {
    for (const bound of [interval.top.lowBound, interval.top.highBound]) {
      if (!bound) continue;
      if (!nearest || Math.abs(bound.weight - interval.weight) < Math.abs(nearest.to - nearest.from)) nearest = { criterion: interval.criterion, from: interval.weight, to: bound.weight, challenger: bound.challenger };
    }
  }
  return nearest;
}

const pick = (o: Solution["options"][number]): Pick => ({ option: o.name, row: o.row, score: o.score, rank: o.rank });

/**
 * Each criterion's part in each option's score, options x criteria: the method's own additive terms
 * (coefficient x weight) where the score is linear in the weights, else weight x min-max normalised value.
 */
export function contributions(model: ScoringModel): { basis: Recommendation["basis"]; matrix: number[][] } {
  const evaluator = weightEvaluator(model);
  const n = model.criteria.length;
  const coefficients = evaluator.coefficients;
  if (coefficients) return { basis: "score", matrix: model.options.map((_, i) => model.criteria.map((__, j) => (coefficients[i * n + j] ?? 0) * (model.weights[j] ?? 0))) };
  const columns = model.criteria.map((_, j) => normalizeOriented(columnOf(model.values, j), "min-max", model.directions[j] ?? "benefit").values);
  return { basis: "weighted-normalized", matrix: model.options.map((_, i) => model.criteria.map((__, j) => (columns[j]?.[i] ?? 0) * (model.weights[j] ?? 0))) };
}

function leadReasons(solution: Solution, model: ScoringModel, a: number, b: number): { basis: Recommendation["basis"]; lead: LeadReason[] } {
  const { basis, matrix } = contributions(model);
  const lead = model.criteria.map((criterion, j) => {
    const primary = matrix[a]?.[j] ?? 0;
    const secondary = matrix[b]?.[j] ?? 0;
    return { criterion, weight: solution.weights[j] ?? 0, primary, secondary, difference: primary - secondary };
  });
  lead.sort((p, q) => q.difference - p.difference);
  return { basis, lead };
}

/**
 * The smallest single change of an input that changes the top choice. Each value is moved towards both
 * ends of its search range (the scale's levels for ordinal and yes/no scales; otherwise the criterion's
 * observed range widened by its spread on each side, within the scale's bounds), and where the top
 * choice changes the threshold is bisected (40 steps). Sizes compare as shares of each criterion's spread.
 * Looks at every option up to 30 options, the ten best up to 200, else the three best.
 */
/** Beyond this many values (options x criteria) the search (about 80 method runs per value searched) is skipped. */
export const INPUT_CHANGE_LIMIT = 20_000;

export function smallestInputChange(model: InputModel): InputChange | undefined {
  if (model.options.length * model.criteria.length > INPUT_CHANGE_LIMIT) return undefined;
  const base = model.natural.map((row) => [...row]);
  const utilities = utilitiesAt(model, base);
  if (!utilities) return undefined;
  const top = argmax(utilities);
  const m = model.options.length;
  const order = [...utilities.keys()].sort((p, q) => (utilities[q] ?? 0) - (utilities[p] ?? 0));
  // Each value costs about 80 method runs: all options up to 30, the ten best up to 200, then the three best.
  const rows = m <= 30 ? order : order.slice(0, m <= 200 ? 10 : 3);
  const winnerWith = (i: number, j: number, x: number): number | null => {
    const row = base[i] as number[];
    const saved = row[j] as number;
    row[j] = x;
    const u = utilitiesAt(model, base);
    row[j] = saved;
    return u ? argmax(u) : null;
  };
  let best: InputChange | undefined;
  model.criteria.forEach((criterion, j) => {
    const column = base.map((row) => row[j] ?? 0);
    const lo = Math.min(...column);
    const hi = Math.max(...column);
    const spread = hi - lo > 0 ? hi - lo : Math.max(Math.abs(hi), 1);
    const domain = scaleDomain(criterion.scale);
    const discrete = criterion.scale.kind === "ordinal" ? resolveLevels(criterion.scale.levels).map((l) => l.value) : criterion.scale.kind === "yesno" ? [criterion.scale.no ?? 0, criterion.scale.maybe ?? 0.5, criterion.scale.yes ?? 1] : null;
    for (const i of rows) {
      const from = column[i] ?? 0;
      const consider = (to: number, winner: number): void => {
        const share = Math.abs(to - from) / spread;
        // Shares equal up to the bisection's resolution keep the first found (the better option, the earlier criterion).
        if (!best || share < best.share - 1e-9) best = { option: model.options[i] ?? "", criterion: criterion.name, from, to, share, winner: model.options[winner] ?? "" };
      };
      if (discrete) {
        for (const level of [...discrete].sort((p, q) => Math.abs(p - from) - Math.abs(q - from))) {
          if (level === from) continue;
          const w = winnerWith(i, j, level);
          if (w !== null && w !== top) {
            consider(level, w);
            break;
          }
        }
        continue;
      }
      let low = Math.max(domain.min, lo - spread);
      if (comparedValue(criterion, low) === null) low = lo > 0 ? lo / 10 : from;
      const high = Math.min(domain.max, hi + spread);
      for (const end of [low, high]) {
        if (end === from) continue;
        const atEnd = winnerWith(i, j, end);
        if (atEnd === null || atEnd === top) continue;
        let keep = from;
        let change = end;
        for (let step = 0; step < 40; step++) {
          const mid = (keep + change) / 2;
          const w = winnerWith(i, j, mid);
          if (w === top) keep = mid;
          else change = mid;
        }
        consider(change, winnerWith(i, j, change) ?? atEnd);
      }
    }
  });
  return best;
}

export function recommend(
  solution: Solution,
  model: ScoringModel,
  inputs: InputModel,
  sensitivity: WeightSensitivity,
  simulation: SmaaResult | null,
  scenarios: ScenarioComparison | null,
): Recommendation {
  const ordered = solution.options.map((o, i) => ({ o, i })).sort((p, q) => p.o.rank - q.o.rank || p.i - q.i);
  const first = ordered[0] as { o: Solution["options"][number]; i: number };
  const second = ordered[1];
  const reasons = second ? leadReasons(solution, model, first.i, second.i) : { basis: "score" as const, lead: [] };
  const win = (i: number): Estimate | undefined => simulation?.acceptability[i]?.[0];

  const pt = sensitivity.critical.top.relative;
  const criticalInterval = pt ? sensitivity.intervals.find((s) => s.criterion === pt.criterion) : undefined;

  const tied = solution.options.filter((o) => o.rank === 1).map((o) => o.name);
  const tie = tied.length > 1;
  const weightChange = tie ? undefined : nearestWeightChange(sensitivity);
  const inputChange = tie ? undefined : smallestInputChange(inputs);
  const firstWin = win(first.i);
  const secondWin = second ? win(second.i) : undefined;
  const details = solution.details;
  const compromise =
    details.method === "vikor" && !(details.acceptableAdvantage && details.acceptableStability)
      ? { options: details.compromise.map((i) => solution.options[i]?.name ?? ""), acceptableAdvantage: details.acceptableAdvantage, acceptableStability: details.acceptableStability }
      : undefined;
  return {
    primary: pick(first.o),
    ...(second ? { secondary: pick(second.o) } : {}),
    tie,
    tied: tie ? tied : [],
    ...(compromise ? { compromise } : {}),
    ...reasons,
    ...(firstWin ? { winProbability: firstWin } : {}),
    ...(secondWin ? { secondaryWinProbability: secondWin } : {}),
    ...(pt && criticalInterval && pt.relative !== undefined && !tie
      ? { critical: { criterion: pt.criterion, weight: criticalInterval.weight, low: criticalInterval.top.low, high: criticalInterval.top.high, relative: pt.relative, challenger: pt.worse } }
      : {}),
    ...(weightChange ? { smallestWeightChange: weightChange } : {}),
    ...(inputChange ? { smallestInputChange: inputChange } : {}),
    ...(!tie && inputs.options.length * inputs.criteria.length > INPUT_CHANGE_LIMIT ? { inputChangeSkipped: true as const } : {}),
    scenarioWinners: scenarios?.scenarios.map((s) => ({ scenario: s.name, winners: s.winners })) ?? [],
    minimaxRegret: scenarios?.minimaxRegret ?? [],
  };
}
