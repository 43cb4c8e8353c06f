/**
 * WorkbookPort over Office.js. A refresh costs three round trips to Excel whatever the workbook's size:
 * (1) sheet and table names; (2) every table's header names and data (totals row excluded), cells A1:A2
 * and the charts of every sheet (settings header and report markers), and the settings sheet's cells;
 * (3) the whole report and the settings, written as 2-D arrays with calculation and screen updating
 * suspended where the API allows. A report sheet refresh owns is cleared in place, never deleted.
 */
import { parseRange, rangeAddress } from "../workbook/a1";
import {
  newSettingsSheet,
  SETTINGS_HEADER,
  SETTINGS_SHEET,
  settingsSheetOf,
  type CellValue,
  type ReportCell,
  type ReportPlan,
  type TableSnapshot,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../workbook/port";

/** Office.js hands over blanks as "" and errors as their text; refresh wants null for blanks. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * A report cell's value and number format. Every string gets the text format "@", so Excel stores it as
 * typed: no formula from "=...", no date from "1/2", no number from "00123" or "50%".
 */
function writable(cell: ReportCell | undefined): { value: string | number | boolean; format: string } {
  const v = cell?.value ?? "";
  return { value: v, format: typeof v === "string" ? "@" : (cell?.format ?? "General") };
}

const supports = (version: string): boolean => typeof Office === "undefined" || Office.context?.requirements?.isSetSupported?.("ExcelApi", version) !== false;

export class OfficeWorkbook implements WorkbookPort {
  /** Round trips to Excel so far (context.sync calls): the tests hold it to three per refresh. */
  syncs = 0;
  private sheetNames: string[] = [];
  private settingsSheet: string | undefined;
  /** Charts on each sheet, loaded with the markers, so replacing a report can remove its old charts. */
  private charts = new Map<string, Excel.ChartCollection>();

  constructor(private readonly context: Excel.RequestContext) {}

  private async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  async read(): Promise<WorkbookSnapshot> {
    const workbook = this.context.workbook;
    const worksheets = workbook.worksheets;
    // "items" rather than "items/name": the collections are short, and office-addin-mock (which the tests
    // use) cannot navigate into an array.
    worksheets.load("items");
    const tables = workbook.tables;
    tables.load("items");
    await this.sync();

    // Header names from the table's columns (right even when its header row is hidden) and values from
    // its data body (without the totals row).
    const tableRanges = tables.items.map((table) => {
      const body = table.getDataBodyRange();
      body.load("values,address");
      const columns = table.columns;
      columns.load("items");
      table.worksheet.load("name");
      return { table, body, columns };
    });
    // Settings live on a sheet named "PivotScore Settings" (or "... (n)" when the analyst had that name):
    // their cells load in this same round trip.
    const settingsRanges = worksheets.items
      .filter((sheet) => sheet.name.toLowerCase().startsWith(SETTINGS_SHEET.toLowerCase()))
      .map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("values");
        return { name: sheet.name, used };
      });
    const firstCells = worksheets.items.map((sheet) => {
      const cells = sheet.getRange("A1:A2");
      cells.load("values");
      const charts = sheet.charts;
      charts.load("items");
      this.charts.set(sheet.name, charts);
      return { name: sheet.name, cells };
    });
    await this.sync();

    const first = firstCells.map((f) => ({ name: f.name, a1: cellValue(f.cells.values[0]?.[0]), a2: cellValue(f.cells.values[1]?.[0]) }));
    this.sheetNames = first.map((f) => f.name);
    this.settingsSheet = settingsSheetOf(first);
    const snapshotTables: TableSnapshot[] = tableRanges.map(({ table, body, columns }) => {
      const address = body.address.includes("!") ? body.address.slice(body.address.lastIndexOf("!") + 1) : body.address;
      const range = parseRange(address);
      const header = columns.items.map((c) => c.name);
      return {
        name: table.name,
        sheet: table.worksheet.name,
        address: range ? rangeAddress({ row: range.from.row - 1, column: range.from.column }, range.to) : address,
        values: [header, ...body.values.map((row) => row.map(cellValue))],
      };
    });
    const settings: Record<string, string> = {};
    const stored = settingsRanges.find((r) => r.name === this.settingsSheet)?.used;
    for (const row of stored && stored.isNullObject !== true ? stored.values.slice(1) : []) if (typeof row[0] === "string" && row[0] !== "") settings[row[0]] = String(row[1] ?? "");
    const markers: Record<string, string | null> = {};
    for (const f of first) markers[f.name] = f.a2 === null ? null : String(f.a2);
    return { sheets: this.sheetNames, tables: snapshotTables, settings, markers };
  }

  async write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void> {
    const workbook = this.context.workbook;
    if (supports("1.9")) this.context.application.suspendScreenUpdatingUntilNextSync();
    if (supports("1.6")) this.context.application.suspendApiCalculationUntilNextSync();
    // refresh() only asks to replace a sheet whose marker it recognised as its own report. It is cleared
    // in place, so the analyst's references to it and its position among the tabs survive.
    let sheet: Excel.Worksheet;
    if (plan.replaces) {
      sheet = workbook.worksheets.getItem(plan.sheet);
      const all = sheet.getRange();
      if (supports("1.6")) all.conditionalFormats.clearAll();
      all.clear();
      const charts = this.charts.get(plan.sheet);
      for (const chart of Array.isArray(charts?.items) ? charts.items : []) chart.delete();
    } else sheet = workbook.worksheets.add(plan.sheet);

    const width = Math.max(1, ...plan.rows.map((r) => r.length));
    const height = Math.max(1, plan.rows.length);
    const cells = Array.from({ length: height }, (_, i) => Array.from({ length: width }, (__, j) => writable(plan.rows[i]?.[j])));
    const all = sheet.getRangeByIndexes(0, 0, height, width);
    all.numberFormat = cells.map((row) => row.map((c) => c.format));
    all.values = cells.map((row) => row.map((c) => c.value));
    plan.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell.style && !cell.link) return;
        const range = sheet.getCell(i, j);
        if (cell.style === "title") Object.assign(range.format.font, { bold: true, size: 16 });
        if (cell.style === "heading") Object.assign(range.format.font, { bold: true, size: 12, color: "#1F4E79" });
        if (cell.style === "header") {
          range.format.font.bold = true;
          range.format.fill.color = "#DDEBF7";
        }
        if (cell.style === "note") Object.assign(range.format.font, { italic: true, color: "#7F7F7F" });
        if (cell.link && supports("1.7")) range.hyperlink = { documentReference: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`, textToDisplay: String(cell.value ?? "") };
      }),
    );
    plan.columnWidths.forEach((w, j) => (sheet.getRangeByIndexes(0, j, 1, 1).getEntireColumn().format.columnWidth = w * 7));
    if (supports("1.6")) for (const ref of plan.dataBars) sheet.getRange(ref).conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    for (const spec of plan.charts) {
      const chart = sheet.charts.add(spec.kind === "bar" ? Excel.ChartType.barClustered : Excel.ChartType.barStacked100, sheet.getRange(spec.data), Excel.ChartSeriesBy.columns);
      chart.title.text = spec.title;
      const range = parseRange(spec.anchor);
      if (range) chart.setPosition(spec.anchor);
    }

    this.writeSettings(settings);
    await this.sync();
  }

  /**
   * Merges the pane's settings into the stored ones in three round trips: the sheet names; the first
   * cells (to recognise the settings sheet) with the settings themselves; the write.
   */
  async saveSettings(changes: Readonly<Record<string, string>>): Promise<void> {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load("items");
    await this.sync();
    const candidates = worksheets.items.map((sheet) => {
      const used = sheet.name.toLowerCase().startsWith(SETTINGS_SHEET.toLowerCase()) ? sheet.getUsedRangeOrNullObject(true) : undefined;
      used?.load("values");
      const a1 = sheet.getRange("A1");
      a1.load("values");
      return { name: sheet.name, a1, used };
    });
    await this.sync();
    this.sheetNames = candidates.map((c) => c.name);
    this.settingsSheet = settingsSheetOf(candidates.map((c) => ({ name: c.name, a1: cellValue(c.a1.values[0]?.[0]) })));
    const settings: Record<string, string> = {};
    const used = candidates.find((c) => c.name === this.settingsSheet)?.used;
    for (const row of used && used.isNullObject !== true ? used.values.slice(1) : []) if (typeof row[0] === "string" && row[0] !== "") settings[row[0]] = String(row[1] ?? "");
    this.writeSettings({ ...settings, ...changes });
    await this.sync();
  }

  private writeSettings(settings: Readonly<Record<string, string>>): void {
    const workbook = this.context.workbook;
    const settingsName = this.settingsSheet ?? newSettingsSheet(this.sheetNames);
    const stored = this.settingsSheet !== undefined ? workbook.worksheets.getItem(settingsName) : workbook.worksheets.add(settingsName);
    if (this.settingsSheet !== undefined) stored.getRange().clear();
    const rows = [[SETTINGS_HEADER, ""], ...Object.entries(settings).map(([k, v]) => [k, v])];
    const target = stored.getRangeByIndexes(0, 0, rows.length, 2);
    target.numberFormat = rows.map(() => ["@", "@"]);
    target.values = rows;
    stored.visibility = Excel.SheetVisibility.veryHidden;
    this.settingsSheet = settingsName;
  }
}

/** Runs one piece of work against the open workbook through this adapter (one Excel.run; see select.ts). */
export function withExcelWorkbook<T>(use: (workbook: WorkbookPort) => Promise<T>): Promise<T> {
  return Excel.run((context) => use(new OfficeWorkbook(context)));
}
