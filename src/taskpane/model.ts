/**
 * The task pane's logic without React: which scenario shapes the table, which weights the sliders start
 * from, the weightings behind the weight buttons, and scenario edits. Everything here is a function of
 * its arguments (the engine does the arithmetic), so the components stay thin and this is tested alone.
 */
import { finishDecision, invertCosts, isBlocking, levelKey, sameWord, scenarioDecision, solveDecision, solveRead, withWeights, wordKey, type Decision, type Exclusion, type Issue, type MethodSpec, type Result, type ReadResult, type Scenario, type SolveResult, type Weighting } from "../core/index";
import type { PaneState } from "../workbook/pane-state";

/** The scenario key of the analyst's own weights (no scenario). */
export const CURRENT = "";

/** The methods the method picker offers, in the engine's order (the views take engine values through here). */
export { METHOD_NAMES } from "../core/index";

/** The key the pane matches names under (scenarios, options): the engine's rule for words typed by hand. */
export const nameKey = wordKey;
export const sameName = sameWord;

/** The table as one scenario sees it (its overrides, constraints and method), with its starting weights. */
export interface View {
  readonly decision: Decision;
  /** The matrix the ranking is computed on (costs inverted when the problem asks). */
  readonly read: ReadResult;
  /** The weights the scenario (or the table) gives, normalised, in criteria order; empty when they cannot be worked out. */
  readonly weights: readonly number[];
  readonly excluded: readonly Exclusion[];
  readonly issues: readonly Issue[];
}

function viewOf(decision: Decision, excluded: readonly Exclusion[] = [], extra: readonly Issue[] = []): View {
  const { read: finished, result: solved } = solveDecision(decision);
  const read = decision.settings.costs === "invert" ? invertCosts(finished) : finished;
  return { decision, read, weights: solved.ok ? solved.weights : [], excluded, issues: [...extra, ...(solved.ok ? solved.issues : solved.reason === "unsolvable" ? solved.issues : [])] };
}

/** The base view (the analyst's table and weights) and, when a scenario is named, that scenario's. No cell is read. */
export function viewFor(decision: Decision, scenario: Scenario | undefined, base: View = viewOf(decision)): View {
  if (!scenario || base.weights.length === 0) return base;
  // The scenario works on the matrix before any cost inversion: base.read is that matrix unless the problem inverts costs.
  const shaped = scenarioDecision(decision, decision.settings.costs === "invert" ? finishDecision(decision) : base.read, base.weights, scenario);
  return viewOf(shaped.decision, shaped.excluded, shaped.issues);
}

export const baseView = (decision: Decision): View => viewOf(decision);

/** What the view's scenario could not do (a criterion it names that the table lacks, an unreadable constraint); its exclusions are listed apart. */
export const scenarioProblems = (view: View): Issue[] => view.issues.filter((i) => i.code !== "option-excluded-by-constraint" && isBlocking(i));

/** The read table ranked with these weights (any non-negative numbers, criteria order), without re-reading a cell. */
export function rankWith(read: ReadResult, method: MethodSpec, weights: readonly number[]): SolveResult {
  return solveRead({ ...read, criteria: read.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })) }, method, { method: "direct" });
}

/** The view's decision weighted with these weights (any non-negative numbers, criteria order): what the analyses run on. */
export function weightedDecision(view: View, weights: readonly number[]): Decision {
  return withWeights(view.decision, names(view.read), weights);
}

/** The decision with these scenarios (the table's rows and the pane's own). */
export function withScenarios(decision: Decision, scenarios: readonly Scenario[]): Decision {
  return { ...decision, settings: { ...decision.settings, scenarios: [...scenarios] } };
}

export const names = (read: ReadResult): string[] => read.criteria.map((c) => c.name);

/** Weights by criterion name, for storing. */
export function weightsRecord(criteria: readonly string[], weights: readonly number[]): Record<string, number> {
  return Object.fromEntries(criteria.map((name, j) => [name, weights[j] ?? 0]));
}

/** Weights in criteria order from a record by name; criteria the record does not name keep `fallback`'s. */
export function weightsFrom(criteria: readonly string[], record: Readonly<Record<string, number>> | undefined, fallback: readonly number[]): number[] {
  const byKey = new Map(Object.entries(record ?? {}).map(([k, v]) => [levelKey(k), v]));
  return criteria.map((name, j) => {
    const v = byKey.get(levelKey(name));
    return v !== undefined && Number.isFinite(v) && v >= 0 ? v : (fallback[j] ?? 0);
  });
}

/** Shares summing to 1 (all zero stays all zero). */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((t, w) => t + (w > 0 ? w : 0), 0);
  return weights.map((w) => (total > 0 && w > 0 ? w / total : 0));
}

/**
 * Sets criterion j to `share` of the total and rescales the others in proportion, so the shares still
 * sum to 1 (what a slider means). When the others are all zero they share the rest equally.
 */
export function withShare(weights: readonly number[], j: number, share: number): number[] {
  const s = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  const current = shares(weights);
  const rest = current.reduce((t, w, k) => (k === j ? t : t + w), 0);
  const others = current.length - 1;
  return current.map((w, k) => (k === j ? s : rest > 0 ? (w / rest) * (1 - s) : others > 0 ? (1 - s) / others : 0));
}

export type DerivedWeighting = "equal" | "roc" | "entropy" | "critic";

/**
 * Weights from a standard weighting over the view's table: equal; rank-order centroid keeping the current
 * order of importance (equal weights tie); entropy or CRITIC from the data. An error text when the
 * weighting cannot be used on this table.
 */
export function derivedWeights(view: View, kind: DerivedWeighting, current: readonly number[]): Result<{ weights: number[] }> {
  const criteria = names(view.read);
  let weighting: Weighting;
  if (kind === "roc") {
    const groups = new Map<number, string[]>();
    criteria.forEach((name, j) => {
      const key = Number((current[j] ?? 0).toPrecision(9));
      groups.set(key, [...(groups.get(key) ?? []), name]);
    });
    const order = [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([, group]) => (group.length === 1 ? (group[0] as string) : group));
    weighting = { method: "roc", order };
  } else weighting = { method: kind };
  const solved = solveRead(view.read, view.decision.settings.method, weighting);
  return solved.ok ? { ok: true, weights: [...solved.weights] } : { ok: false, issues: solved.reason === "unsolvable" ? [...solved.issues] : [] };
}

/** A name not yet taken (case- and space-insensitive): "name", else "name (2)", "name (3)", ... */
export function freeName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map(levelKey));
  const base = wanted.trim() || "Scenario";
  if (!used.has(levelKey(base))) return base;
  for (let n = 2; ; n++) if (!used.has(levelKey(`${base} (${n})`))) return `${base} (${n})`;
}

/** A new pane scenario holding these weights; `from` (a duplicate) keeps its description, overrides and constraints. */
export function addScenario(state: PaneState, taken: readonly string[], name: string, weights: Record<string, number>, from?: Scenario): { state: PaneState; name: string } {
  const free = freeName(name, taken);
  const scenario: Scenario = { ...(from ?? { overrides: [], constraints: [] }), name: free, weights, ...(from?.description ? { description: from.description } : {}) };
  return { state: { ...state, scenarios: [...state.scenarios, scenario] }, name: free };
}

/** The first pane scenario with this name (as the pane and refresh use the first of two with one name). */
const firstNamed = (state: PaneState, name: string): number => state.scenarios.findIndex((s) => sameWord(s.name, name));

/** Changes the pane scenario found by name (the first, if a hand-edited workbook holds two). */
export function updateScenario(state: PaneState, name: string, change: Partial<Scenario>): PaneState {
  const i = firstNamed(state, name);
  return { ...state, scenarios: state.scenarios.map((s, k) => (k === i ? { ...s, ...change } : s)) };
}

export function removeScenario(state: PaneState, name: string): PaneState {
  const i = firstNamed(state, name);
  return { ...state, scenarios: state.scenarios.filter((_, k) => k !== i) };
}
