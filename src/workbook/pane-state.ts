/**
 * The task pane's own state as the workbook keeps it, beside refresh's settings: weights moved in the
 * pane and scenarios made in the pane. Read by the pane (to restore it) and by refresh (so the ribbon's
 * report uses the same choices). Stored as JSON text in the settings sheet; never trusted: anything
 * unreadable is dropped with a note.
 */
import { levelKey, ScenarioSchema, type Scenario, type ProblemSettings } from "../core/index";
import { noteOf } from "./notes";
import type { RefreshNote } from "./port";

/** The settings keys the pane owns (refresh's own keys are RefreshSettings'). */
export const PANE_WEIGHTS = "paneWeights";
export const PANE_SCENARIOS = "paneScenarios";

export interface PaneState {
  /** Weights moved in the pane, by criterion name; absent: the Criteria table's (or inferred) weights. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Scenarios made or duplicated in the pane (the Scenarios table stays the analyst's). */
  readonly scenarios: readonly Scenario[];
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The pane's state as stored; anything unreadable is dropped with a note, never thrown. */
export function paneStateFrom(stored: Readonly<Record<string, string>>): { state: PaneState; notes: RefreshNote[] } {
  const notes: RefreshNote[] = [];
  const rawWeights = parseJson(stored[PANE_WEIGHTS]);
  let weights: Record<string, number> | undefined;
  if (rawWeights !== undefined) {
    const entries = rawWeights !== null && typeof rawWeights === "object" && !Array.isArray(rawWeights) ? Object.entries(rawWeights as Record<string, unknown>) : [];
    const usable = entries.filter((e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]) && e[1] >= 0);
    if (usable.length > 0 && usable.length === entries.length) weights = Object.fromEntries(usable);
    else notes.push(noteOf({ code: "pane-weights-unreadable" }));
  }
  const rawScenarios = parseJson(stored[PANE_SCENARIOS]);
  const scenarios: Scenario[] = [];
  if (rawScenarios !== undefined) {
    const list = Array.isArray(rawScenarios) ? rawScenarios : [];
    if (!Array.isArray(rawScenarios)) notes.push(noteOf({ code: "pane-scenarios-unreadable" }));
    for (const item of list) {
      const parsed = ScenarioSchema.safeParse(item);
      if (parsed.success) scenarios.push(parsed.data);
      else {
        const name = item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string" && (item as { name: string }).name.trim() !== "" ? (item as { name: string }).name : undefined;
        notes.push(noteOf({ code: "pane-scenario-unreadable", ...(name !== undefined ? { scenario: name } : {}) }));
      }
    }
  }
  return { state: { ...(weights ? { weights } : {}), scenarios }, notes };
}

/** The pane's state as settings entries (empty text clears a key). */
export function paneStateRecord(state: PaneState): Record<string, string> {
  return {
    [PANE_WEIGHTS]: state.weights ? JSON.stringify(state.weights) : "",
    [PANE_SCENARIOS]: state.scenarios.length > 0 ? JSON.stringify(state.scenarios) : "",
  };
}

/** The problem with the pane's scenarios after the table's; a pane scenario named like a table one is left out, with a note. */
export function withPaneScenarios<P extends ProblemSettings>(problem: P, state: PaneState, notes: RefreshNote[]): P {
  const table = new Set(problem.scenarios.map((s) => levelKey(s.name)));
  const mine = new Set<string>();
  const added: Scenario[] = [];
  for (const s of state.scenarios) {
    const key = levelKey(s.name);
    if (table.has(key)) {
      notes.push(noteOf({ code: "pane-scenario-shadowed", scenario: s.name }));
      continue;
    }
    if (mine.has(key)) {
      notes.push(noteOf({ code: "pane-scenario-repeated", scenario: s.name }));
      continue;
    }
    mine.add(key);
    added.push(s);
  }
  return added.length === 0 ? problem : { ...problem, scenarios: [...problem.scenarios, ...added] };
}

/**
 * The state with weights only for criteria the table has: names the table no longer has (a renamed or
 * removed column) are dropped from the pane's weights and from each pane scenario's, each with a note,
 * so the pane and the report ignore them alike.
 */
export function knownCriteriaOnly(state: PaneState, criteria: readonly string[], notes: RefreshNote[]): PaneState {
  const known = new Set(criteria.map(levelKey));
  const keep = (record: Readonly<Record<string, number>>, scenario?: string): Record<string, number> => {
    const unknown = Object.keys(record).filter((name) => !known.has(levelKey(name)));
    if (unknown.length > 0) notes.push(noteOf({ code: "pane-criteria-unknown", criteria: unknown, ...(scenario !== undefined ? { scenario } : {}) }));
    return Object.fromEntries(Object.entries(record).filter(([name]) => known.has(levelKey(name))));
  };
  const weights = state.weights ? keep(state.weights) : undefined;
  const scenarios = state.scenarios.map((s) => (s.weights && !("method" in s.weights) ? { ...s, weights: keep(s.weights as Record<string, number>, s.name) } : s));
  return { ...(weights && Object.keys(weights).length > 0 ? { weights } : {}), scenarios };
}
