import { cellText, levelKey } from "../cells";
import { sameWord } from "../names";
import type { AnalysisIssue } from "../issues";
import { runMethod, type MethodSpec } from "../methods/index";
import type { Direction } from "../normalize";
import type { CriterionDefinition, RangeInput } from "../model";
import type { ReadResult } from "../read";
import { readCell, resolveLevels, type ScaleSpec } from "../scales/index";
import type { Solution } from "../solve";
import { applyValueFunction, type ValueFunction } from "../value-functions";
import type { Distribution } from "./distributions";

/** A solved problem kept in natural units (dollars, fractions, months, levels), so inputs can move. */
export interface InputModel {
  readonly method: MethodSpec;
  readonly weights: readonly number[];
  readonly options: readonly string[];
  /** 0-based data row of each option in the analyst's table. */
  readonly rows: readonly number[];
  readonly criteria: readonly InputCriterion[];
  /** options x criteria in each scale's unit. */
  readonly natural: readonly (readonly number[])[];
  readonly higherIsBetter: boolean;
}

export interface InputCriterion {
  readonly name: string;
  /** The direction the method sees (benefit after a 1/x cost inversion). */
  readonly direction: Direction;
  readonly scale: ScaleSpec;
  readonly valueFunction: ValueFunction;
  /** True when the problem inverts costs (1/x) before scoring. */
  readonly invert: boolean;
}

export function inputModel(read: ReadResult, solution: Solution, invertCosts: boolean): InputModel {
  return {
    method: solution.method,
    weights: solution.weights,
    options: solution.options.map((o) => o.name),
    rows: solution.options.map((o) => o.row),
    criteria: read.criteria.map((c, j) => ({
      name: c.name,
      direction: solution.criteria[j]?.direction ?? c.direction,
      scale: c.scale,
      valueFunction: c.valueFunction,
      invert: invertCosts && c.direction === "cost",
    })),
    natural: read.natural,
    higherIsBetter: solution.higherIsBetter,
  };
}

/** One natural value through its criterion's value function (and 1/x inversion); null where undefined. */
export function comparedValue(criterion: InputCriterion, x: number): number | null {
  const v = applyValueFunction(criterion.valueFunction, x);
  if (v === null || !Number.isFinite(v)) return null;
  if (!criterion.invert) return v;
  return v > 0 ? 1 / v : null;
}

/**
 * Utilities (scores oriented so larger is better) for natural values and weights; null when a value
 * has no compared value (a log of a value <= 0) or the method fails.
 */
export function utilitiesAt(model: InputModel, natural: readonly (readonly number[])[], weights: readonly number[] = model.weights): Float64Array | null {
  const values: number[][] = [];
  for (const row of natural) {
    const out: number[] = [];
    for (let j = 0; j < model.criteria.length; j++) {
      const v = comparedValue(model.criteria[j] as InputCriterion, row[j] ?? 0);
      if (v === null) return null;
      out.push(v);
    }
    values.push(out);
  }
  const result = runMethod(model.method, { values, directions: model.criteria.map((c) => c.direction), weights, criteria: model.criteria.map((c) => c.name), options: model.options, detail: "scores" });
  if (!result.ok) return null;
  const oriented = new Float64Array(result.scores.length);
  result.scores.forEach((s, i) => (oriented[i] = result.higherIsBetter ? s : -s));
  return oriented;
}

/** An uncertain value in natural units, with its option and criterion indexes. */
export interface UncertainInput {
  readonly option: number;
  readonly criterion: number;
  readonly low: number;
  readonly mode: number;
  readonly high: number;
  readonly distribution: Distribution;
}

/** The range a scale's values can take: used to clamp +-percent ranges. */
export function scaleDomain(scale: ScaleSpec): { min: number; max: number } {
  switch (scale.kind) {
    case "percent":
      return { min: scale.min ?? 0, max: scale.max ?? 1 };
    case "currency":
    case "duration":
      return { min: scale.min ?? 0, max: scale.max ?? Infinity };
    case "number":
      return { min: scale.min ?? -Infinity, max: scale.max ?? Infinity };
    case "ordinal": {
      const values = resolveLevels(scale.levels).map((l) => l.value);
      return { min: Math.min(...values), max: Math.max(...values) };
    }
    case "yesno": {
      const values = [scale.yes ?? 1, scale.maybe ?? 0.5, scale.no ?? 0];
      return { min: Math.min(...values), max: Math.max(...values) };
    }
  }
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * The uncertain inputs of a problem: every value of a criterion with an `uncertainty`, then each
 * explicit range (which wins over the criterion's). Values without either are certain.
 */
export interface RangeContext {
  /** Names (levelKey) of options the read left out: a range on one is noted, not an error. */
  readonly excluded: ReadonlySet<string>;
  /** "option index:criterion index" of values standing in for unreadable cells (onInvalid "worst"). */
  readonly substituted: ReadonlySet<string>;
}

export function resolveRanges(
  model: InputModel,
  definitions: readonly CriterionDefinition[] | undefined,
  ranges: readonly RangeInput[],
  defaultDistribution: Distribution,
  context: RangeContext = { excluded: new Set(), substituted: new Set() },
): { inputs: UncertainInput[]; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = [];
  const byCell = new Map<string, UncertainInput>();
  const key = (i: number, j: number): string => `${i}:${j}`;
  const check = (input: UncertainInput): boolean => {
    const criterion = model.criteria[input.criterion] as InputCriterion;
    const option = model.options[input.option] ?? "";
    if (!(input.low <= input.mode && input.mode <= input.high)) {
      issues.push({ code: "range-order", option, criterion: criterion.name, low: input.low, mode: input.mode, high: input.high });
      return false;
    }
    if (comparedValue(criterion, input.low) === null || comparedValue(criterion, input.high) === null) {
      issues.push({ code: "range-not-positive-for-log", option, criterion: criterion.name, low: input.low });
      return false;
    }
    return true;
  };

  model.criteria.forEach((criterion, j) => {
    const definition = definitions?.find((d) => sameWord(d.name, criterion.name));
    const u = definition?.uncertainty;
    if (!u) return;
    const domain = scaleDomain(criterion.scale);
    model.natural.forEach((row, i) => {
      const x = row[j] ?? 0;
      // A stand-in for an unreadable cell is not a value to spread around.
      if (context.substituted.has(key(i, j))) return;
      const spread = "percent" in u ? (Math.abs(x) * u.percent) / 100 : u.plusMinus;
      if (spread === 0) return;
      let low = clamp(x - spread, domain.min, x);
      // Under a log value function or 1/x inversion the range must stay above 0: stop at a tenth of the value.
      if (comparedValue(criterion, low) === null && x > 0) low = Math.max(low, x / 10);
      const high = clamp(x + spread, x, domain.max);
      if (comparedValue(criterion, low) === null || comparedValue(criterion, high) === null) {
        issues.push({ code: "range-dropped", option: model.options[i] ?? "", criterion: criterion.name, low });
        return;
      }
      byCell.set(key(i, j), { option: i, criterion: j, low, mode: x, high, distribution: u.distribution ?? defaultDistribution });
    });
  });

  for (const range of ranges) {
    const j = model.criteria.findIndex((c) => sameWord(c.name, range.criterion));
    const options = model.options.flatMap((name, i) => (sameWord(name, range.option) ? [i] : []));
    if (j < 0) {
      issues.push({ code: "range-criterion-not-found", criterion: range.criterion });
      continue;
    }
    if (options.length === 0) {
      if (context.excluded.has(levelKey(range.option))) issues.push({ code: "range-option-excluded", option: range.option, criterion: model.criteria[j]?.name ?? range.criterion });
      else issues.push({ code: "range-option-not-found", option: range.option });
      continue;
    }
    const criterion = model.criteria[j] as InputCriterion;
    const read = (bound: "low" | "mode" | "high", raw: RangeInput["low"]): number | undefined => {
      const result = readCell(raw, criterion.scale);
      if (result.ok) return result.value;
      issues.push({ code: "range-unreadable", option: range.option, criterion: criterion.name, bound, raw: cellText(raw), cause: result.issue.code });
      return undefined;
    };
    const low = read("low", range.low);
    const high = read("high", range.high);
    for (const i of options) {
      // Without a most likely value the table's is used, unless it only stands in for an unreadable cell:
      // then the middle of the range.
      const mode = range.mode !== undefined ? read("mode", range.mode) : context.substituted.has(key(i, j)) && low !== undefined && high !== undefined ? (low + high) / 2 : model.natural[i]?.[j];
      if (low === undefined || high === undefined || mode === undefined) break;
      const input: UncertainInput = { option: i, criterion: j, low, mode, high, distribution: range.distribution ?? defaultDistribution };
      if (check(input)) byCell.set(key(i, j), input);
    }
  }
  return { inputs: [...byCell.values()].sort((a, b) => a.option - b.option || a.criterion - b.criterion), issues };
}

/** Index of the largest value (the first on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}
