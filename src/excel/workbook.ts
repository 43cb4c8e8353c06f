/**
 * WorkbookPort over Office.js. A refresh costs three round trips to Excel whatever the workbook's size:
 * (1) sheet and table names and whether the settings sheet exists; (2) every table's values, the
 * settings and cell A2 of every sheet (the report markers); (3) the whole report and the settings,
 * written as 2-D arrays with calculation and screen updating suspended where the API allows.
 */
import { parseRange } from "../workbook/a1";
import {
  looksLikeFormula,
  reportCandidates,
  SETTINGS_HEADER,
  SETTINGS_SHEET,
  wantedReportSheet,
  type CellValue,
  type ReadRequest,
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

/** A string is written as text: a leading apostrophe keeps "=..." from becoming a formula (Excel hides it). */
function writable(cell: ReportCell | undefined): string | number | boolean {
  const v = cell?.value ?? "";
  return typeof v === "string" && looksLikeFormula(v) ? `'${v}` : v;
}

const supports = (version: string): boolean => typeof Office === "undefined" || Office.context?.requirements?.isSetSupported?.("ExcelApi", version) !== false;

export class OfficeWorkbook implements WorkbookPort {
  /** Round trips to Excel so far (context.sync calls): the tests hold it to three per refresh. */
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  private async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const workbook = this.context.workbook;
    const worksheets = workbook.worksheets;
    // "items" rather than "items/name": the collections are short, and office-addin-mock (which the tests
    // use) cannot navigate into an array.
    worksheets.load("items");
    const tables = workbook.tables;
    tables.load("items");
    const settingsSheet = worksheets.getItemOrNullObject(SETTINGS_SHEET);
    settingsSheet.load("isNullObject");
    await this.sync();

    const tableRanges = tables.items.map((table) => {
      const range = table.getRange();
      range.load("values,address");
      table.worksheet.load("name");
      return { table, range };
    });
    const settingsRange = settingsSheet.isNullObject ? null : settingsSheet.getUsedRange(true);
    settingsRange?.load("values");
    const markerCells = worksheets.items.map((sheet) => {
      const cell = sheet.getRange("A2");
      cell.load("values");
      return { name: sheet.name, cell };
    });
    await this.sync();

    const snapshotTables: TableSnapshot[] = tableRanges.map(({ table, range }) => ({
      name: table.name,
      sheet: table.worksheet.name,
      address: range.address.includes("!") ? range.address.slice(range.address.lastIndexOf("!") + 1) : range.address,
      values: range.values.map((row) => row.map(cellValue)),
    }));
    const settings: Record<string, string> = {};
    const stored = settingsRange?.values ?? [];
    if (stored[0]?.[0] === SETTINGS_HEADER) for (const row of stored.slice(1)) if (typeof row[0] === "string" && row[0] !== "") settings[row[0]] = String(row[1] ?? "");
    const names = worksheets.items.map((s) => s.name);
    const markers: Record<string, string | null> = {};
    for (const name of reportCandidates(names, wantedReportSheet(settings, request))) {
      const v = cellValue(markerCells.find((m) => m.name === name)?.cell.values[0]?.[0]);
      markers[name] = v === null ? null : String(v);
    }
    this.settingsSheetState = settingsSheet.isNullObject ? "absent" : stored[0]?.[0] === SETTINGS_HEADER ? "ours" : "theirs";
    return { sheets: names, tables: snapshotTables, settings, markers };
  }

  private settingsSheetState: "absent" | "ours" | "theirs" = "absent";

  async write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void> {
    const workbook = this.context.workbook;
    if (supports("1.9")) this.context.application.suspendScreenUpdatingUntilNextSync();
    if (supports("1.6")) this.context.application.suspendApiCalculationUntilNextSync();
    // refresh() only asks to replace a sheet whose marker it recognised as its own report.
    if (plan.replaces) workbook.worksheets.getItem(plan.sheet).delete();
    const sheet = workbook.worksheets.add(plan.sheet);

    const width = Math.max(1, ...plan.rows.map((r) => r.length));
    const height = Math.max(1, plan.rows.length);
    const values = Array.from({ length: height }, (_, i) => Array.from({ length: width }, (__, j) => writable(plan.rows[i]?.[j])));
    const formats = Array.from({ length: height }, (_, i) => Array.from({ length: width }, (__, j) => plan.rows[i]?.[j]?.format ?? "General"));
    const all = sheet.getRangeByIndexes(0, 0, height, width);
    all.numberFormat = formats;
    all.values = values;

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

    if (this.settingsSheetState !== "theirs") {
      const stored = this.settingsSheetState === "ours" ? workbook.worksheets.getItem(SETTINGS_SHEET) : workbook.worksheets.add(SETTINGS_SHEET);
      if (this.settingsSheetState === "ours") stored.getRange().clear();
      const rows = [[SETTINGS_HEADER, ""], ...Object.entries(settings).map(([k, v]) => [k, `'${v}`])];
      stored.getRangeByIndexes(0, 0, rows.length, 2).values = rows;
      stored.visibility = Excel.SheetVisibility.veryHidden;
    }
    await this.sync();
  }
}
