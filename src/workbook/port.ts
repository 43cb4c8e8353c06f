/**
 * The small workbook interface refresh() is written against. Two implementations: Office.js
 * (src/excel/workbook.ts) and exceljs for .xlsx files (src/xlsx/workbook.ts). refresh() calls read() once
 * and write() once, so an implementation can keep its round trips to Excel fixed whatever the size.
 */
import type { Issue } from "../core/index";

export type CellValue = string | number | boolean | null;

export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header row included, e.g. "A1:G8". */
  readonly address: string;
  /** Header row first. Dates as ISO text; Excel errors as their text ("#N/A"); blanks as null. */
  readonly values: CellValue[][];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly string[];
  readonly tables: readonly TableSnapshot[];
  /** The settings PivotScore stored in the workbook (empty when it never did). */
  readonly settings: Readonly<Record<string, string>>;
  /** Cell A2 of every sheet, as text (null when empty): the report markers. */
  readonly markers: Readonly<Record<string, string | null>>;
}

export const DEFAULT_REPORT_SHEET = "PivotScore Report";

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe. `room` keeps space for a " (n)" suffix.
 */
export function safeSheetName(name: string, room = 0): string {
  let cleaned = name.replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").trim() || DEFAULT_REPORT_SHEET;
  // Excel reserves "History".
  if (cleaned.toLowerCase() === "history") cleaned = "History report";
  // Cut by code points, so an emoji is never split in half.
  return Array.from(cleaned).slice(0, 31 - room).join("").trim();
}

/** The settings sheet among the sheets: the first whose A1 holds SETTINGS_HEADER (PivotScore's own). */
export function settingsSheetOf(firstCells: readonly { name: string; a1: unknown }[]): string | undefined {
  const ours = firstCells.filter((s) => s.a1 === SETTINGS_HEADER);
  return (ours.find((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase()) ?? ours[0])?.name;
}

/** A sheet name for new settings: "PivotScore Settings", or a numbered one when the analyst has that name. */
export function newSettingsSheet(sheets: readonly string[]): string {
  const taken = new Set(sheets.map((s) => s.toLowerCase()));
  if (!taken.has(SETTINGS_SHEET.toLowerCase())) return SETTINGS_SHEET;
  for (let n = 2; ; n++) if (!taken.has(`${SETTINGS_SHEET} (${n})`.toLowerCase())) return `${SETTINGS_SHEET} (${n})`;
}

/** One cell of the report. Strings are always written as text, never as formulas. */
export interface ReportCell {
  readonly value: CellValue;
  /** Excel number format, e.g. "0.0000", "0.0%". */
  readonly format?: string;
  readonly style?: "title" | "heading" | "header" | "note";
  /** A link to a cell of the workbook (sheet and A1 address). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export interface ChartSpec {
  readonly kind: "bar" | "stackedBar100";
  readonly title: string;
  /** Data range on the report sheet, first column = categories, first row = series names. */
  readonly data: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
}

export interface ReportPlan {
  readonly sheet: string;
  /** Rows of cells from A1; rows may differ in length. */
  readonly rows: readonly (readonly ReportCell[])[];
  readonly columnWidths: readonly number[];
  /** Ranges on the report sheet that get data bars. */
  readonly dataBars: readonly string[];
  readonly charts: readonly ChartSpec[];
  /** True when the sheet exists and is PivotScore's (marker matched): it is cleared before writing. */
  readonly replaces: boolean;
}

export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  /** Writes the report sheet and the settings (all of them, replacing what is stored) in one batch. */
  write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void>;
  /** Merges these settings into what is stored (the task pane's state), creating the settings sheet when needed. */
  saveSettings(changes: Readonly<Record<string, string>>): Promise<void>;
}

/** A problem found while reading or refreshing: the issue as data, and its wording (src/locales) with its cells named. */
export interface RefreshNote {
  readonly issue: Issue;
  readonly message: string;
  /** Where it points, when it is about one cell. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** The hidden sheet holding PivotScore's settings (key in column A, value in B, under a header). */
export const SETTINGS_SHEET = "PivotScore Settings";
export const SETTINGS_HEADER = "PivotScore settings";
/** What A2 of a report sheet starts with, followed by the report's id. */
export const REPORT_MARK = "PivotScore report id ";
