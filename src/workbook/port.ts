/**
 * The small workbook interface refresh() is written against. Two implementations: Office.js
 * (src/excel/workbook.ts) and exceljs for .xlsx files (src/xlsx/workbook.ts). refresh() calls read() once
 * and write() once, so an implementation can keep its round trips to Excel fixed whatever the size.
 */

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
  /** Cell A2 of each report candidate (reportCandidates), as text; null when empty. */
  readonly markers: Readonly<Record<string, string | null>>;
}

export interface ReadRequest {
  /**
   * The report sheet wanted when the settings do not name one (or to override them). The implementation
   * reads the marker cell (A2) of that sheet and of its numbered variants ("name (2)", ...), in the same
   * round trip as the tables: see reportCandidates().
   */
  readonly reportSheet?: string;
}

export const DEFAULT_REPORT_SHEET = "PivotScore Report";

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe. `room` keeps space for a " (n)" suffix.
 */
export function safeSheetName(name: string, room = 0): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").trim() || DEFAULT_REPORT_SHEET;
  return cleaned.slice(0, 31 - room).trim();
}

/** The report sheet refresh will want: the request's, else the stored setting, else the default. */
export function wantedReportSheet(settings: Readonly<Record<string, string>>, request: ReadRequest): string {
  return safeSheetName(request.reportSheet ?? (settings["reportSheet"]?.trim() || DEFAULT_REPORT_SHEET));
}

/** The sheets whose marker to read: the wanted report sheet and its numbered variants, as they exist. */
export function reportCandidates(sheets: readonly string[], wanted: string): string[] {
  const key = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const base = key(wanted);
  return sheets.filter((s) => {
    const k = key(s);
    if (k === base) return true;
    const match = /^(.*) \((\d+)\)$/.exec(k);
    return match !== null && match[1] === base;
  });
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
  read(request: ReadRequest): Promise<WorkbookSnapshot>;
  /** Writes the report sheet and the settings in one batch. */
  write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void>;
}

/** The hidden sheet holding PivotScore's settings (key in column A, value in B, under a header). */
export const SETTINGS_SHEET = "PivotScore Settings";
export const SETTINGS_HEADER = "PivotScore settings";
/** What A2 of a report sheet starts with, followed by the report's id. */
export const REPORT_MARK = "PivotScore report id ";

/** Strings Excel would read as a formula if typed: they are written as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
