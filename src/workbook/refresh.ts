/**
 * One-click refresh: read the analyst's tables, run every analysis, write the report sheet. Written
 * against WorkbookPort, so the ribbon, the task pane (Office.js) and the CLI (.xlsx through exceljs) all
 * run this same code.
 */
import {
  analyzeDecision,
  readDecision,
  scenarioDecision,
  solveDecision,
  type Decision,
  isBlocking,
  levelKey,
  MethodSpecSchema,
  ProblemSchema,
  readCriteriaTable,
  readScenariosTable,
  type Analysis,
  type CellRef,
  type Issue,
  type Problem,
  type Scenario,
  parseSimulationWeights,
  sameObjectName,
} from "../core/index";
import { address, parseRange } from "./a1";
import { formatIssue } from "../locales/en";
import { knownCriteriaOnly, paneStateFrom, withPaneScenarios, type PaneState } from "./pane-state";
import { REPORT_MARK, safeSheetName, type RefreshNote, type TableSnapshot, type WorkbookPort, type WorkbookSnapshot } from "./port";
import { buildReport } from "./report";
import { settingsFrom, settingsRecord, type RefreshSettings } from "./settings";

export interface RefreshResult {
  readonly ok: boolean;
  /** The sheet written (absent when nothing could be written). */
  readonly reportSheet: string;
  /** Set when the wanted report sheet name belonged to the analyst and a new name was used. */
  readonly renamedFrom?: string;
  readonly analysis?: Analysis;
  readonly notes: readonly RefreshNote[];
  /** The settings used (and stored in the workbook). */
  readonly settings: RefreshSettings;
}

export interface RefreshOptions {
  readonly settings?: Partial<RefreshSettings>;
  /** When the report says it was made. */
  readonly now: Date;
  /** A fresh report id when the workbook has none yet. */
  readonly newToken: () => string;
  /** Called with the stage and share done, for progress bars. */
  readonly onProgress?: (stage: "read" | "analyze" | "write", done: number) => void;
}

function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => sameObjectName(t.name, name));
}

/** The report sheet to write: the wanted name when free or ours, else the first free "name (n)". */
export function chooseReportSheet(snapshot: WorkbookSnapshot, wantedName: string, token: string | undefined): { sheet: string; replaces: boolean; renamedFrom?: string } {
  const wanted = safeSheetName(wantedName);
  const isOurs = (sheet: string): boolean => token !== undefined && snapshot.markers[sheet] === `${REPORT_MARK}${token}`;
  const exists = (sheet: string): boolean => snapshot.sheets.some((s) => sameObjectName(s, sheet));
  if (!exists(wanted)) return { sheet: wanted, replaces: false };
  const existing = snapshot.sheets.find((s) => sameObjectName(s, wanted)) ?? wanted;
  if (isOurs(existing)) return { sheet: existing, replaces: true };
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${safeSheetName(wanted, suffix.length)}${suffix}`;
    if (!exists(candidate)) return { sheet: candidate, replaces: false, renamedFrom: existing };
    if (isOurs(candidate)) return { sheet: candidate, replaces: true, renamedFrom: existing };
  }
}

/** Locates a table-relative cell (data row, column) on its sheet. */
export function cellOf(table: TableSnapshot, ref: CellRef): { sheet: string; cell: string } | undefined {
  const range = parseRange(table.address);
  if (!range) return undefined;
  return { sheet: table.sheet, cell: address({ row: range.from.row + 1 + ref.row, column: range.from.column + ref.column }) };
}

export interface AssembledProblem {
  readonly problem?: Problem;
  readonly options?: TableSnapshot;
  readonly criteria?: TableSnapshot;
  readonly scenarios?: TableSnapshot;
  readonly notes: RefreshNote[];
}

/** The decision problem the workbook's tables describe, or notes saying why there is none. */
export function assembleProblem(snapshot: WorkbookSnapshot, settings: RefreshSettings): AssembledProblem {
  const notes: RefreshNote[] = [];
  const others = new Set([settings.criteriaTable, settings.scenariosTable].map(levelKey));
  const options = findTable(snapshot, settings.optionsTable) ?? (snapshot.tables.length > 0 ? snapshot.tables.find((t) => !others.has(levelKey(t.name))) : undefined);
  if (!options) {
    notes.push({ message: `No table of options was found: PivotScore looks for an Excel table named "${settings.optionsTable}" (Insert > Table over your options, one row each, with a header row).` });
    return { notes };
  }
  if (!sameObjectName(options.name, settings.optionsTable)) notes.push({ message: `No table named "${settings.optionsTable}"; the table "${options.name}" on sheet "${options.sheet}" was used as the options.` });
  const criteriaTable = findTable(snapshot, settings.criteriaTable);
  const scenariosTable = findTable(snapshot, settings.scenariosTable);

  const definitionNote = (table: TableSnapshot, issue: { message: string; cell?: CellRef }): RefreshNote => {
    const at = issue.cell ? cellOf(table, { row: issue.cell.row, column: issue.cell.column }) : undefined;
    return { message: issue.message, ...(at ? { link: { sheet: at.sheet, cell: at.cell } } : {}) };
  };

  let criteria: unknown;
  if (criteriaTable) {
    const read = readCriteriaTable(criteriaTable.values);
    if (read.issues.length > 0) {
      for (const issue of read.issues) notes.push(definitionNote(criteriaTable, { message: describeDefinitionIssue(issue, criteriaTable), ...("cell" in issue ? { cell: issue.cell } : {}) }));
      return { notes, options, criteria: criteriaTable };
    }
    criteria = read.criteria;
  }
  const simulationWeights = parseSimulationWeights(settings.weights);
  if (!simulationWeights) notes.push({ message: `How the weights vary in the simulation, "${settings.weights}", is not readable (use uniform, fixed or a band such as ±20%); they varied uniformly.` });
  const method = MethodSpecSchema.safeParse(settings.method);
  if (!method.success) notes.push({ message: `The method "${settings.method}" is not known; the weighted sum was used.` });
  const parsed = ProblemSchema.safeParse({
    table: { header: options.values[0] ?? [], rows: options.values.slice(1) },
    ...(criteria ? { criteria } : {}),
    method: method.success ? method.data : "wsm",
    simulation: { draws: settings.draws, seed: settings.seed, weights: simulationWeights ?? { kind: "uniform" } },
  });
  if (!parsed.success) {
    notes.push({ message: `The options table "${options.name}" cannot be read: ${parsed.error.issues.map((i) => i.message).join("; ")}.` });
    return { notes, options };
  }
  let problem = parsed.data;
  if (scenariosTable) {
    const names = (criteria as { name: string }[] | undefined)?.map((c) => c.name) ?? (options.values[0] ?? []).map((h) => String(h ?? ""));
    const read = readScenariosTable(scenariosTable.values, names);
    for (const issue of read.issues) notes.push(definitionNote(scenariosTable, { message: describeDefinitionIssue(issue, scenariosTable), ...("cell" in issue ? { cell: issue.cell } : {}) }));
    const withScenarios = ProblemSchema.safeParse({ ...problem, scenarios: read.scenarios });
    if (withScenarios.success) problem = withScenarios.data;
    else notes.push({ message: `The scenarios table "${scenariosTable.name}" cannot be used: ${withScenarios.error.issues.map((i) => i.message).join("; ")}.` });
  }
  return { problem, options, ...(criteriaTable ? { criteria: criteriaTable } : {}), ...(scenariosTable ? { scenarios: scenariosTable } : {}), notes };
}

function describeDefinitionIssue(issue: ReturnType<typeof readCriteriaTable>["issues"][number], table: TableSnapshot): string {
  switch (issue.code) {
    case "definition-header-missing":
      return `The table "${table.name}" needs a column headed "${issue.header}".`;
    case "definition-duplicate":
      return `Table "${table.name}": "${issue.name}" is defined twice; keep one row.`;
    case "definition-cell-invalid": {
      const at = cellOf(table, issue.cell);
      return `Table "${table.name}"${at ? `, cell ${at.cell}` : ""} (${issue.field}): ${issue.raw === "" ? "the cell is empty" : `"${issue.raw}" is not usable`}; expected ${issue.expected}.`;
    }
  }
}

/** Runs the pipeline: read once, analyse, write once. Never throws on the workbook's content. */
export async function refresh(workbook: WorkbookPort, options: RefreshOptions): Promise<RefreshResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress("read", 0);
  const snapshot = await workbook.read();
  const settings = settingsFrom(snapshot.settings, options.settings);
  const token = snapshot.settings["reportToken"] || options.newToken();
  progress("read", 1);

  const assembled = assembleProblem(snapshot, settings);
  const { state: stored, notes: paneNotes } = paneStateFrom(snapshot.settings);
  const notes = [...assembled.notes, ...paneNotes];
  let analysis: Analysis | undefined;
  if (assembled.problem) {
    progress("analyze", 0);
    // The options table's cells are read once here; the pane's weights, a scenario and every analysis
    // work on what was read. Weights the task pane kept for criteria the table no longer has are dropped,
    // with a note (the pane does the same).
    const read = readDecision(assembled.problem);
    let solved: ReturnType<typeof solveDecision> | undefined;
    const solve = () => (solved ??= solveDecision(read));
    const pane = stored.weights || stored.scenarios.length > 0 ? knownCriteriaOnly(stored, solve().read.criteria.map((c) => c.name), notes) : stored;
    const decision = applyScenario({ ...read, settings: withPaneScenarios(read.settings, pane, notes) }, settings, pane, notes, solve);
    const result = analyzeDecision(decision);
    if (result.ok) analysis = result;
    else if (result.reason === "unsolvable") notes.push(...result.issues.filter(isBlocking).concat(result.issues.filter((i) => !isBlocking(i))).map((i) => issueNote(i, assembled.options)));
    else notes.push({ message: `The workbook's tables do not make a decision problem: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}.` });
    progress("analyze", 1);
  }
  if (analysis) notes.push(...analysis.issues.map((i) => issueNote(i, assembled.options)));

  const target = chooseReportSheet(snapshot, settings.reportSheet, snapshot.settings["reportToken"] || undefined);
  if (target.renamedFrom) notes.unshift({ message: `A sheet called "${target.renamedFrom}" already exists and is not a PivotScore report, so it was left alone and this report was written to "${target.sheet}".` });
  progress("write", 0);
  const plan = buildReport({ sheet: target.sheet, replaces: target.replaces, token, now: options.now, settings, analysis, notes, tables: assembled });
  // Keys this version does not write (the task pane's state, a newer version's) are kept.
  await workbook.write(plan, { ...snapshot.settings, ...settingsRecord(settings, token) });
  progress("write", 1);
  return { ok: analysis !== undefined, settings, reportSheet: target.sheet, ...(target.renamedFrom ? { renamedFrom: target.renamedFrom } : {}), ...(analysis ? { analysis } : {}), notes };
}

/** The weights moved in the task pane, as a scenario of their own. */
export const PANE_WEIGHTS_SCENARIO = "Weights set in the task pane";

/**
 * The settings' scenario (its weights, overrides and constraints) applied to the problem, when one is
 * chosen; else the weights moved in the task pane, when there are any.
 */
function applyScenario(decision: Decision, settings: RefreshSettings, pane: PaneState, notes: RefreshNote[], solve: () => ReturnType<typeof solveDecision>): Decision {
  let scenario: Scenario | undefined;
  if (settings.scenario === "") {
    // The pane's weights (already without criteria the table no longer has).
    if (!pane.weights) return decision;
    scenario = { name: PANE_WEIGHTS_SCENARIO, weights: { ...pane.weights }, overrides: [], constraints: [] };
    notes.push({ message: `The weights set in the task pane were used; the Criteria table still holds its own (Reset weights in the task pane to go back to them).` });
  } else scenario = decision.settings.scenarios.find((s) => sameObjectName(s.name, settings.scenario));
  if (!scenario) {
    notes.push({ message: `The scenario "${settings.scenario}" chosen in the settings is not in the scenarios table; the analyst's weights were used.` });
    return decision;
  }
  const { read, result: base } = solve();
  if (!base.ok) return decision;
  const shaped = scenarioDecision(decision, read, base.weights, scenario);
  const blocking = shaped.issues.filter(isBlocking);
  if (blocking.length > 0) {
    notes.push(...blocking.map((i) => ({ message: formatIssue(i) })));
    return decision;
  }
  return { ...shaped.decision, settings: { ...shaped.decision.settings, scenarios: decision.settings.scenarios } };
}

export function issueNote(issue: Issue, table: TableSnapshot | undefined): RefreshNote {
  const ref = "cell" in issue && issue.cell ? issue.cell : undefined;
  const at = table && ref ? cellOf(table, ref) : undefined;
  const text = formatIssue(issue, (r) => {
    const cell = table ? cellOf(table, r) : undefined;
    return cell ? `${cell.sheet}!${cell.cell}` : `row ${r.row + 1}, column ${r.column + 1}`;
  });
  // A quoted cell can hold 32,767 characters, more than a report cell takes.
  const message = text.length > 2000 ? `${text.slice(0, 2000)}...` : text;
  return { message, ...(at ? { link: { sheet: at.sheet, cell: at.cell } } : {}) };
}

/** What a refresh did, in one sentence, for the task pane. */
export function refreshSummary(result: RefreshResult): string {
  const first = result.analysis?.recommendation.primary.option;
  return result.ok ? `The report is on "${result.reportSheet}": ${first ? `"${first}" comes first` : "see it for the ranking"}.` : `The options could not be ranked; "${result.reportSheet}" lists why.`;
}
