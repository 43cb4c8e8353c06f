/**
 * One-click refresh: read the analyst's tables, run every analysis, write the report sheet. Written
 * against WorkbookPort, so the ribbon, the task pane (Office.js) and the CLI (.xlsx through exceljs) all
 * run this same code.
 */
import {
  analyzeDecision,
  isBlocking,
  readDecision,
  sameObjectName,
  scenarioDecision,
  solveDecision,
  type Analysis,
  type Decision,
  type Scenario,
} from "../core/index";
import { knownCriteriaOnly, paneStateFrom, withPaneScenarios, type PaneState } from "./pane-state";
import { REPORT_MARK, safeSheetName, type RefreshNote, type WorkbookPort, type WorkbookSnapshot } from "./port";
import { assembleWorkbook } from "./assembly";
import { noteOf } from "./notes";
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

/** Runs the pipeline: read once, analyse, write once. Never throws on the workbook's content. */
export async function refresh(workbook: WorkbookPort, options: RefreshOptions): Promise<RefreshResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress("read", 0);
  const snapshot = await workbook.read();
  const settings = settingsFrom(snapshot.settings, options.settings);
  const token = snapshot.settings["reportToken"] || options.newToken();
  progress("read", 1);

  const assembled = assembleWorkbook(snapshot, settings);
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
    else if (result.reason === "unsolvable") {
      // Blocking issues first; one push per note, as a table can hold more unreadable cells than a call takes arguments.
      for (const issue of result.issues) if (isBlocking(issue)) notes.push(noteOf(issue, assembled.options));
      for (const issue of result.issues) if (!isBlocking(issue)) notes.push(noteOf(issue, assembled.options));
    }
    else notes.push(noteOf({ code: "problem-invalid", problems: result.problems }));
    progress("analyze", 1);
  }
  if (analysis) for (const issue of analysis.issues) notes.push(noteOf(issue, assembled.options));

  const target = chooseReportSheet(snapshot, settings.reportSheet, snapshot.settings["reportToken"] || undefined);
  if (target.renamedFrom) notes.unshift(noteOf({ code: "report-sheet-taken", sheet: target.renamedFrom, used: target.sheet }));
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
    notes.push(noteOf({ code: "pane-weights-used" }));
  } else scenario = decision.settings.scenarios.find((s) => sameObjectName(s.name, settings.scenario));
  if (!scenario) {
    notes.push(noteOf({ code: "scenario-setting-not-found", scenario: settings.scenario }));
    return decision;
  }
  const { read, result: base } = solve();
  if (!base.ok) return decision;
  const shaped = scenarioDecision(decision, read, base.weights, scenario);
  const blocking = shaped.issues.filter(isBlocking);
  if (blocking.length > 0) {
    for (const issue of blocking) notes.push(noteOf(issue));
    return decision;
  }
  return { ...shaped.decision, settings: { ...shaped.decision.settings, scenarios: decision.settings.scenarios } };
}

/** What a refresh did, in one sentence, for the task pane. */
export function refreshSummary(result: RefreshResult): string {
  const first = result.analysis?.recommendation.primary.option;
  return result.ok ? `The report is on "${result.reportSheet}": ${first ? `"${first}" comes first` : "see it for the ranking"}.` : `The options could not be ranked; "${result.reportSheet}" lists why.`;
}
