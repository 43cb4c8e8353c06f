/**
 * Excel custom functions. webpack's custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json; the PIVOT namespace comes from manifest.xml. Each function only converts between
 * Excel and pivot.ts (which calls the engine); docs/functions.md has an example of each.
 *
 * Range arguments are typed `any[][]` and single values `any` because the metadata generator reads the
 * TypeScript types to declare each parameter to Excel (it knows no `unknown`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { isFunctionError, type ErrorCode, type FunctionError, type Output } from "./output";
import type * as Pivot from "./pivot";

type Implementations = typeof Pivot;

// The implementations (and the engine with zod behind them) load on the first call, not with the
// workbook: this file only registers the functions, so the add-in's start-up stays small.
let loading: Promise<Implementations> | undefined;
const implementations = (): Promise<Implementations> =>
  (loading ??= import(/* webpackChunkName: "pivot" */ "./pivot").catch((error: unknown) => {
    // A failed load (a network blip) is tried again on the next call rather than remembered.
    loading = undefined;
    throw error;
  }));

const CODES: Record<ErrorCode, () => CustomFunctions.ErrorCode> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
};

/**
 * An Excel error with its message. CustomFunctions.Error needs CustomFunctionsRuntime 1.2; where it is
 * missing, throwing makes Excel show a plain #VALUE!.
 */
function excelError(error: FunctionError): CustomFunctions.Error {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") throw new Error(error.message);
  return new CustomFunctions.Error(CODES[error.error](), error.message);
}

function toExcel(out: Output): any {
  if (isFunctionError(out)) return excelError(out);
  if (Array.isArray(out)) return out.map((row) => row.map((v) => (isFunctionError(v) ? excelError(v) : v)));
  return out;
}

/**
 * Runs a function body once the implementations are loaded; anything unexpected (a failed load too)
 * becomes #VALUE! with its message instead of escaping to Excel.
 */
async function guarded(body: (pivot: Implementations) => Output): Promise<any> {
  try {
    return toExcel(body(await implementations()));
  } catch (error) {
    return toExcel({ error: "#VALUE!", message: `PivotScore could not compute this: ${(error as Error).message}` });
  }
}

/** A single value as a 1 x 1 matrix, so functions that spill can also return one value. */
const asMatrix = (out: Output): Output => (Array.isArray(out) || isFunctionError(out) ? out : [[out]]);

/**
 * Each option's score, as a column lined up with the table's rows, or one option's score.
 * @customfunction SCORE
 * @param table The options: a header row, then one row per option (e.g. Opportunities[#All]).
 * @param [criteria] The criteria definition table (Criterion, Direction, Scale, Levels, Weight, Value function, Uncertainty); omitted, everything is inferred and weights are equal.
 * @param [option] An option's name, to get its score alone.
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply (its weights, overrides and constraints).
 * @returns One score per table row (#N/A with the reason for a row that cannot be scored).
 */
export function score(table: any[][], criteria?: any[][], option?: any, method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => asMatrix(pivot.score(table, criteria, option, method, scenarios, scenario)));
}

/**
 * Each option's rank (1 = best, ties share a rank as RANK.EQ does), as a column lined up with the table's rows, or one option's rank.
 * @customfunction RANK
 * @param table The options: a header row, then one row per option.
 * @param [criteria] The criteria definition table; omitted, everything is inferred.
 * @param [option] An option's name, to get its rank alone.
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply.
 * @returns One rank per table row.
 */
export function rank(table: any[][], criteria?: any[][], option?: any, method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => asMatrix(pivot.rankOf(table, criteria, option, method, scenarios, scenario)));
}

/**
 * The recommended option's name, or the best `count` options as a column.
 * @customfunction RECOMMEND
 * @param table The options: a header row, then one row per option.
 * @param [criteria] The criteria definition table; omitted, everything is inferred.
 * @param [count] How many options to list, best first (default 1). Options tied for first are named together.
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply.
 * @returns The best option's name, or a column of names.
 */
export function recommend(table: any[][], criteria?: any[][], count?: any, method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => asMatrix(pivot.recommend(table, criteria, count, method, scenarios, scenario)));
}

/**
 * Each criterion's contribution to each option's score, with headers: weight x normalised value for the weighted sum.
 * @customfunction CONTRIB
 * @param table The options: a header row, then one row per option.
 * @param [criteria] The criteria definition table; omitted, everything is inferred.
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply.
 * @returns A table: Option, one column per criterion, Score.
 */
export function contrib(table: any[][], criteria?: any[][], method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => pivot.contrib(table, criteria, method, scenarios, scenario));
}

/**
 * How far each weight can move (the others rescaled in proportion) before the top choice or the ranking changes, and the most critical criterion.
 * @customfunction SENSITIVITY
 * @param table The options: a header row, then one row per option.
 * @param [criteria] The criteria definition table; omitted, everything is inferred.
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply.
 * @returns A table: Criterion, Weight, the ranges keeping the top choice and the ranking, who overtakes at each end, Most critical.
 */
export function sensitivity(table: any[][], criteria?: any[][], method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => pivot.sensitivity(table, criteria, method, scenarios, scenario));
}

/**
 * Rank acceptability from a Monte Carlo simulation (SMAA-2): the probability of each option taking each rank; the same seed gives the same numbers.
 * @customfunction SIMULATE
 * @param table The options: a header row, then one row per option.
 * @param [criteria] The criteria definition table (its Uncertainty column makes values vary too); omitted, everything is inferred.
 * @param [draws] Number of draws (default 10000).
 * @param [seed] Seed of the random numbers (default 1).
 * @param [weights] How weights vary: uniform (default), fixed, or a band around the criteria weights such as "±20%".
 * @param [method] wsm (default), wpm, topsis, vikor, promethee2, copras or moora.
 * @param [scenarios] The Scenarios table, needed to use a scenario.
 * @param [scenario] The name of the scenario to apply.
 * @returns A table: Option, then Rank 1, Rank 2, ... probabilities.
 */
export function simulate(table: any[][], criteria?: any[][], draws?: any, seed?: any, weights?: any, method?: any, scenarios?: any[][], scenario?: any): Promise<any[][]> {
  return guarded((pivot) => pivot.simulate(table, criteria, draws, seed, weights, method, scenarios, scenario));
}

/**
 * Weights from a pairwise comparison matrix (AHP, with its consistency ratio), from criteria in order of importance (ROC, rank sum), or from the options' data (entropy, CRITIC).
 * @customfunction WEIGHTS
 * @param input A pairwise matrix (optionally with criterion names in its first row and column), a list of criteria most important first, or the options table.
 * @param [method] ahp (default), roc, rank-sum, entropy or critic.
 * @param [criteria] For entropy and critic: the criteria definition table.
 * @returns A table: Criterion, Weight (and the consistency ratio for AHP).
 */
export function weights(input: any[][], method?: any, criteria?: any[][]): Promise<any[][]> {
  return guarded((pivot) => pivot.weights(input, method, criteria));
}

/**
 * The number PivotScore reads from one cell, e.g. =PIVOT.PARSE("$1.2B") returns 1200000000.
 * @customfunction PARSE
 * @param value The cell to read: a number, or text such as "$50M", "95%", "18 months", "High" or "Yes".
 * @param [scale] How to read it: number, currency, percent, duration, ordinal or yesno. If omitted, PivotScore picks the scale from the value.
 * @returns The value in the scale's unit: currency in units, percent as a fraction, duration in months.
 */
export function parse(value: string | number | boolean | null, scale?: string): Promise<number | CustomFunctions.Error> {
  return guarded((pivot) => pivot.parse(value, scale));
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("SCORE", score);
  CustomFunctions.associate("RANK", rank);
  CustomFunctions.associate("RECOMMEND", recommend);
  CustomFunctions.associate("CONTRIB", contrib);
  CustomFunctions.associate("SENSITIVITY", sensitivity);
  CustomFunctions.associate("SIMULATE", simulate);
  CustomFunctions.associate("WEIGHTS", weights);
  CustomFunctions.associate("PARSE", parse);
}
