import { cellText, levelKey, type Cell } from "../cells";
import { sameWord } from "../names";
import type { AnalysisIssue, CellIssue, Issue } from "../issues";
import { solveDecision, type Decision } from "../decision";
import { CONSTRAINT_OPERATORS, type ConstraintInput, type ConstraintOperator, type Scenario, type Weighting } from "../model";
import { finishMatrix, readValue, type ReadResult, type TableCells } from "../read";
import { readCell } from "../scales/index";
import type { Solution } from "../solve";

/** An option a scenario left out, and the constraint it failed. */
export interface Exclusion {
  readonly option: string;
  readonly row: number;
  readonly constraint: string;
  readonly value: number;
  /** The value was not the analyst's: it stands in for an unreadable cell (onInvalid "worst"). */
  readonly substituted?: true;
}

export interface ScenarioOutcome {
  readonly name: string;
  readonly description?: string;
  /** Absent when the scenario cannot be ranked (its issues say why). */
  readonly solution?: Solution;
  /** The option(s) ranked first; empty when the scenario cannot be ranked. */
  readonly winners: readonly string[];
  readonly excluded: readonly Exclusion[];
  readonly issues: readonly Issue[];
}

export interface ScenarioStanding {
  readonly scenario: string;
  /** Null when the option is left out of (or the scenario cannot rank) this scenario. */
  readonly rank: number | null;
  readonly score: number | null;
  /**
   * Regret of choosing this option if the scenario holds: (best - this) / (best - worst) on the scenario's
   * oriented scores, so 0 for its winner and 1 for its last; 1 for an option the scenario leaves out;
   * null when the scenario cannot be ranked at all (it then counts for no option).
   */
  readonly regret: number | null;
}

export interface ScenarioComparison {
  readonly scenarios: readonly ScenarioOutcome[];
  /** Per option (base table order): its standing in every scenario and its largest regret over the ranked ones. */
  readonly options: readonly { readonly name: string; readonly standings: readonly ScenarioStanding[]; readonly maxRegret: number | null }[];
  /** The option(s) whose largest regret across the scenarios is smallest (Savage's minimax regret). */
  readonly minimaxRegret: readonly string[];
}

interface ParsedConstraint {
  readonly text: string;
  readonly column: number;
  readonly criterion: number;
  readonly op: ConstraintOperator;
  readonly value: number;
}

const OPERATOR = /^(.+?)\s*(<=|>=|<>|!=|=|<|>)\s*(.+)$/;

function constraintText(c: ConstraintInput): string {
  return typeof c === "string" ? c.trim() : `${c.criterion} ${c.op} ${cellText(c.value)}`;
}

function parseConstraint(scenario: string, input: ConstraintInput, read: ReadResult): { ok: true; constraint: ParsedConstraint } | { ok: false; issue: AnalysisIssue } {
  let criterionName: string;
  let op: ConstraintOperator;
  let raw: Cell;
  if (typeof input === "string") {
    const match = OPERATOR.exec(input.trim());
    if (!match) return { ok: false, issue: { code: "constraint-unreadable", scenario, raw: input } };
    criterionName = (match[1] ?? "").trim();
    op = match[2] === "!=" ? "<>" : (match[2] as ConstraintOperator);
    raw = (match[3] ?? "").trim();
  } else {
    criterionName = input.criterion;
    op = input.op;
    raw = input.value;
  }
  if (!CONSTRAINT_OPERATORS.includes(op)) return { ok: false, issue: { code: "constraint-unreadable", scenario, raw: constraintText(input) } };
  const j = read.criteria.findIndex((c) => sameWord(c.name, criterionName));
  const criterion = read.criteria[j];
  if (!criterion) return { ok: false, issue: { code: "constraint-criterion-not-found", scenario, criterion: criterionName } };
  const value = readCell(raw, criterion.scale);
  if (!value.ok) return { ok: false, issue: { code: "constraint-value-unreadable", scenario, criterion: criterion.name, raw: cellText(raw), cause: value.issue.code } };
  return { ok: true, constraint: { text: constraintText(input), column: criterion.column, criterion: j, op, value: value.value } };
}

function holds(x: number, op: ConstraintOperator, bound: number): boolean {
  const equal = Math.abs(x - bound) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(bound));
  switch (op) {
    case "=":
      return equal;
    case "<>":
      return !equal;
    case "<":
      return x < bound && !equal;
    case "<=":
      return x < bound || equal;
    case ">":
      return x > bound && !equal;
    case ">=":
      return x > bound || equal;
  }
}

/**
 * The decision as a scenario sees it, from the cells already read: its overrides replace values, its
 * constraints leave out the options that fail them (judged on the matrix as finished, so a stand-in worst
 * value is marked), and its weights and method replace the decision's. `base` is the decision's finished
 * matrix and `baseWeights` its weights; the scenario's criteria are the base's.
 */
export function scenarioDecision(decision: Decision, base: ReadResult, baseWeights: readonly number[], scenario: Scenario): { decision: Decision; excluded: Exclusion[]; issues: AnalysisIssue[] } {
  const issues: AnalysisIssue[] = [];
  const cells = overridden(onlyCriteria(decision.cells, base.criteria.map((c) => c.name)), base, scenario, issues);

  const constraints: ParsedConstraint[] = [];
  for (const input of scenario.constraints) {
    const parsed = parseConstraint(scenario.name, input, base);
    if (parsed.ok) constraints.push(parsed.constraint);
    else issues.push(parsed.issue);
  }
  const read = constraints.length > 0 ? finishMatrix(cells, decision.settings.onInvalid) : base;
  const substituted = new Set(read.issues.flatMap((i) => (i.code === "value-replaced-by-worst" ? [`${i.row}:${levelKey(i.criterion)}`] : [])));
  const excluded: Exclusion[] = [];
  const dropped = new Set<number>();
  read.options.forEach((option, i) => {
    for (const c of constraints) {
      const x = read.natural[i]?.[c.criterion] ?? NaN;
      if (Number.isFinite(x) && !holds(x, c.op, c.value)) {
        const stand = substituted.has(`${option.row}:${levelKey(read.criteria[c.criterion]?.name ?? "")}`);
        excluded.push({ option: option.name, row: option.row, constraint: c.text, value: x, ...(stand ? { substituted: true as const } : {}) });
        issues.push({ code: "option-excluded-by-constraint", scenario: scenario.name, option: option.name, row: option.row, constraint: c.text, value: x, ...(stand ? { substituted: true as const } : {}) });
        dropped.add(option.row);
        break;
      }
    }
  });

  const weights = scenarioWeights(scenario, base, baseWeights, issues);
  const kept = withoutRows(cells, dropped);
  return {
    decision: {
      settings: { ...decision.settings, method: scenario.method ?? decision.settings.method, weights: weights.weighting ?? decision.settings.weights },
      cells: weights.direct ? { ...kept, criteria: kept.criteria.map((c, j) => ({ ...c, weight: weights.direct?.[j] ?? 0 })) } : kept,
    },
    excluded,
    issues,
  };
}

/** The cells of these criteria only (in their order in the cells). */
function onlyCriteria(cells: TableCells, names: readonly string[]): TableCells {
  const keep = cells.criteria.map((c) => names.some((name) => sameWord(name, c.name)));
  if (keep.every(Boolean)) return cells;
  const pick = <T>(row: readonly T[]): T[] => row.filter((_, j) => keep[j]);
  return { ...cells, criteria: pick(cells.criteria), natural: cells.natural.map(pick), values: cells.values.map(pick), cellIssues: cells.cellIssues.map(pick) };
}

/** The cells with a scenario's overrides in place of the analyst's values (an override can fill an unreadable cell). */
function overridden(cells: TableCells, base: ReadResult, scenario: Scenario, issues: AnalysisIssue[]): TableCells {
  if (scenario.overrides.length === 0) return cells;
  const natural = cells.natural.map((row) => [...row]);
  const values = cells.values.map((row) => [...row]);
  const cellIssues = cells.cellIssues.map((row) => [...row]);
  for (const override of scenario.overrides) {
    const criterion = base.criteria.find((c) => sameWord(c.name, override.criterion));
    const j = criterion ? cells.criteria.findIndex((c) => sameWord(c.name, criterion.name)) : -1;
    // Any row of the table, also one the base left out.
    const targets = cells.options.flatMap((o, i) => (sameWord(o.name, override.option) ? [i] : []));
    if (!criterion || j < 0 || targets.length === 0) {
      issues.push({ code: "override-not-found", scenario: scenario.name, option: override.option, criterion: override.criterion });
      continue;
    }
    const check = readCell(override.value, criterion.scale);
    if (!check.ok) {
      issues.push({ code: "override-unreadable", scenario: scenario.name, option: override.option, criterion: criterion.name, raw: cellText(override.value), cause: check.issue.code });
      continue;
    }
    const resolved = cells.criteria[j] ?? criterion;
    for (const i of targets) {
      const option = cells.options[i];
      if (!option) continue;
      const read = readValue(override.value, resolved, { cell: { row: option.row, column: resolved.column }, option: option.name, criterion: resolved.name });
      (natural[i] as number[])[j] = read.natural;
      (values[i] as number[])[j] = read.value;
      (cellIssues[i] as (CellIssue | undefined)[])[j] = read.issue;
    }
  }
  return { ...cells, natural, values, cellIssues };
}

/** The cells without the options of these table rows. */
function withoutRows(cells: TableCells, rows: ReadonlySet<number>): TableCells {
  if (rows.size === 0) return cells;
  const keep = cells.options.map((o) => !rows.has(o.row));
  const pick = <T>(list: readonly T[]): T[] => list.filter((_, i) => keep[i]);
  return { ...cells, options: pick(cells.options), natural: pick(cells.natural), values: pick(cells.values), cellIssues: pick(cells.cellIssues) };
}

function scenarioWeights(scenario: Scenario, base: ReadResult, baseWeights: readonly number[], issues: AnalysisIssue[]): { weighting?: Weighting; direct?: number[] } {
  const w = scenario.weights;
  if (w === undefined) return { weighting: { method: "direct" }, direct: [...baseWeights] };
  if ("method" in w && typeof w.method === "string") return { weighting: w as Weighting };
  const named = w as Record<string, number>;
  const direct = [...baseWeights];
  for (const [name, weight] of Object.entries(named)) {
    const j = base.criteria.findIndex((c) => sameWord(c.name, name));
    if (j < 0) issues.push({ code: "scenario-criterion-not-found", scenario: scenario.name, criterion: name });
    else direct[j] = weight;
  }
  return { weighting: { method: "direct" }, direct };
}

/** Ranks the problem under every scenario and compares them. */
export function compareScenarios(decision: Decision, base: ReadResult, baseWeights: readonly number[]): ScenarioComparison {
  const seen = new Set<string>();
  const outcomes: ScenarioOutcome[] = decision.settings.scenarios.map((scenario) => {
    const about = { name: scenario.name, ...(scenario.description !== undefined ? { description: scenario.description } : {}) };
    if (seen.has(levelKey(scenario.name))) return { ...about, winners: [], excluded: [], issues: [{ code: "duplicate-scenario", scenario: scenario.name }] };
    seen.add(levelKey(scenario.name));
    const prepared = scenarioDecision(decision, base, baseWeights, scenario);
    if (prepared.issues.some((i) => i.code !== "option-excluded-by-constraint")) return { ...about, winners: [], excluded: prepared.excluded, issues: prepared.issues };
    const solved = solveDecision(prepared.decision).result;
    if (!solved.ok) {
      const issues: Issue[] = [...prepared.issues, ...(solved.reason === "unsolvable" ? solved.issues : [])];
      const noneLeft = prepared.excluded.length > 0 && prepared.excluded.length >= base.options.length;
      issues.push(noneLeft ? { code: "scenario-without-options", scenario: scenario.name } : { code: "scenario-unsolvable", scenario: scenario.name });
      return { ...about, winners: [], excluded: prepared.excluded, issues };
    }
    const winners = solved.options.filter((o) => o.rank === 1).map((o) => o.name);
    return { ...about, solution: solved, winners, excluded: prepared.excluded, issues: [...prepared.issues, ...solved.issues] };
  });

  const options = base.options.map((option) => {
    const standings = outcomes.map((outcome): ScenarioStanding => {
      const solution = outcome.solution;
      if (!solution) return { scenario: outcome.name, rank: null, score: null, regret: null };
      const own = solution.options.find((o) => o.row === option.row);
      if (!own) return { scenario: outcome.name, rank: null, score: null, regret: 1 };
      const sign = solution.higherIsBetter ? 1 : -1;
      const utilities = solution.options.map((o) => sign * o.score);
      const best = Math.max(...utilities);
      const worst = Math.min(...utilities);
      const regret = best > worst ? (best - sign * own.score) / (best - worst) : 0;
      return { scenario: outcome.name, rank: own.rank, score: own.score, regret };
    });
    const regrets = standings.flatMap((s) => (s.regret === null ? [] : [s.regret]));
    return { name: option.name, standings, maxRegret: regrets.length > 0 ? Math.max(...regrets) : null };
  });
  const least = Math.min(...options.flatMap((o) => (o.maxRegret === null ? [] : [o.maxRegret])));
  return {
    scenarios: outcomes,
    options,
    minimaxRegret: Number.isFinite(least) ? options.filter((o) => o.maxRegret !== null && o.maxRegret <= least + 1e-12).map((o) => o.name) : [],
  };
}
