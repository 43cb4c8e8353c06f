/**
 * What the task pane reads from and keeps in the workbook, over the same WorkbookPort as refresh():
 * the tables found, the decision problem with the input issues located on their cells, and the pane's
 * own state (weights moved in the pane, scenarios made in the pane), stored beside refresh's settings so
 * that reopening the workbook restores the pane and the ribbon's refresh uses the same choices.
 * No Office.js, no DOM: the Excel task pane and the browser preview both run it.
 */
import { finishDecision, readDecision, type Decision } from "../core/index";
import { knownCriteriaOnly, paneStateFrom, paneStateRecord, withPaneScenarios, type PaneState } from "./pane-state";
import { assembleWorkbook } from "./assembly";
import { noteOf } from "./notes";
import { refresh, refreshSummary } from "./refresh";
import { settingsFrom, type RefreshSettings } from "./settings";
import type { RefreshNote, TableSnapshot, WorkbookPort } from "./port";

export type TableRole = "options" | "criteria" | "scenarios" | "other";

export interface PaneTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  /** Data rows (header excluded). */
  readonly rows: number;
  readonly role: TableRole;
}

export type { PaneState };

export interface PaneData {
  readonly tables: readonly PaneTable[];
  readonly settings: RefreshSettings;
  readonly state: PaneState;
  /** The options table read once (with the definitions and settings); absent when the tables make no problem (the notes say why). */
  readonly decision?: Decision;
  /** Everything worth telling: table discovery, definition problems, every unreadable input, linked to its cell. */
  readonly notes: readonly RefreshNote[];
}

/** Reads the workbook once for the pane. */
export async function loadPane(workbook: WorkbookPort): Promise<PaneData> {
  const snapshot = await workbook.read();
  const settings = settingsFrom(snapshot.settings);
  const assembled = assembleWorkbook(snapshot, settings);
  const { state: stored, notes: stateNotes } = paneStateFrom(snapshot.settings);
  const notes: RefreshNote[] = [...assembled.notes, ...stateNotes];
  const role = (t: TableSnapshot): TableRole => (t === assembled.options ? "options" : t === assembled.criteria ? "criteria" : t === assembled.scenarios ? "scenarios" : "other");
  const tables = snapshot.tables.map((t) => ({ name: t.name, sheet: t.sheet, address: t.address, rows: Math.max(0, t.values.length - 1), role: role(t) }));
  // The problem as the tables give it, its cells read once for the whole pane: the pane adds its own
  // scenarios itself (the table's rows win a name clash, as in refresh, which the note below says).
  const decision = assembled.problem ? readDecision(assembled.problem) : undefined;
  let state = stored;
  if (decision) {
    const read = finishDecision(decision);
    // Weights for criteria the table no longer has are dropped (refresh drops them too).
    state = knownCriteriaOnly(stored, read.criteria.map((c) => c.name), notes);
    withPaneScenarios(decision.settings, state, notes);
    // The input issues, each on its cell.
    for (const issue of read.issues) notes.push(noteOf(issue, assembled.options));
  }
  return { tables, settings, state, ...(decision ? { decision } : {}), notes };
}

/** What the pane changes: refresh's settings (table, scenario, method, draws) and its own state. */
export interface PaneChanges {
  readonly settings?: Partial<Pick<RefreshSettings, "optionsTable" | "scenario" | "method" | "draws" | "weights">>;
  readonly state?: PaneState;
}

/** The pane's changes as settings entries; the port merges them into what is stored. */
export function changedSettings(changes: PaneChanges): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(changes.settings ?? {})) if (value !== undefined) next[key] = String(value);
  if (changes.state) Object.assign(next, paneStateRecord(changes.state));
  return next;
}

/** What installing the short names (=PIVOTSCORE and the rest, src/excel/short-names.ts) did, for the pane to say. */
export interface ShortNamesResult {
  /** False when this Excel has no LAMBDA: nothing was left installed. */
  readonly supported: boolean;
  readonly installed: readonly string[];
  /** Names the analyst already uses for something else, left alone. */
  readonly skipped: readonly string[];
}

/** Runs one piece of work against a workbook (Excel.run for Office, the object itself in memory). */
export type OpenWorkbook = <T>(use: (workbook: WorkbookPort) => Promise<T>) => Promise<T>;

/**
 * The pane's workbook actions over any WorkbookPort: load, save the pane's state, refresh the report.
 * They run one at a time, in the order asked, so a save made just before a refresh is in the workbook
 * before the refresh reads it, and a refresh never writes back settings a save changed meanwhile.
 */
export function workbookActions(open: OpenWorkbook, newToken: () => string): { load: () => Promise<PaneData>; save: (changes: PaneChanges) => Promise<void>; refresh: () => Promise<string> } {
  let last: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
  return {
    load: () => serial(() => open((workbook) => loadPane(workbook))),
    save: (changes) => serial(() => open((workbook) => workbook.saveSettings(changedSettings(changes)))),
    refresh: () => serial(() => open(async (workbook) => refreshSummary(await refresh(workbook, { now: new Date(), newToken })))),
  };
}
