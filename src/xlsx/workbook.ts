/**
 * WorkbookPort over an .xlsx file through exceljs (Node): what `pivotscore report book.xlsx -o out.xlsx`
 * and automation use. exceljs writes values, number formats, styles, links and data bars; it cannot
 * write charts, so the chart specs of the plan are not drawn here (the Excel implementation draws them).
 */
import ExcelJS from "exceljs";
import { rename, writeFile } from "node:fs/promises";
import { parseRange, rangeAddress } from "../workbook/a1";
import { newSettingsSheet, REPORT_MARK, SETTINGS_HEADER, settingsSheetOf, type CellValue, type ReportCell, type ReportPlan, type TableSnapshot, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

/** Excel's serial day number of a date (days since 1899-12-30), as Office.js reports dates. */
function serial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A cell's value as refresh reads cells, the same as Office.js gives them: formulas by their cached
 * result, rich text and hyperlinks as their text, dates as serial day numbers, errors as their text.
 */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in value) return plainValue((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}

/** A cell's value, blank for a cell a merge covers (exceljs repeats the merged value there; Excel does not). */
function cellValue(cell: ExcelJS.Cell): CellValue {
  return cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
}

interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
  style?: unknown;
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly book: ExcelJS.Workbook) {}

  static async load(file: string): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return new XlsxWorkbook(book);
  }

  /**
   * Writes the workbook to `file` through a temporary file renamed at the end, so a failed write never
   * leaves an empty or half-written file behind.
   */
  async save(file: string): Promise<void> {
    // exceljs cannot write a table without style information (common in files LibreOffice saved).
    for (const sheet of this.book.worksheets) {
      for (const table of sheet.getTables() as unknown as { table?: TableModel }[]) if (table.table && (table.table.style === null || table.table.style === undefined)) table.table.style = {};
    }
    const buffer = await this.book.xlsx.writeBuffer();
    const temporary = `${file}.pivotscore-${process.pid}.tmp`;
    await writeFile(temporary, Buffer.from(buffer as ArrayBuffer));
    await rename(temporary, file);
  }

  read(): Promise<WorkbookSnapshot> {
    const tables: TableSnapshot[] = [];
    for (const sheet of this.book.worksheets) {
      for (const table of sheet.getTables() as unknown as { table?: TableModel; name?: string }[]) {
        const model = table.table ?? {};
        const ref = model.tableRef ?? model.ref;
        const range = ref ? parseRange(ref) : null;
        if (!range) continue;
        // The totals row is not an option; a table without a header row gets its column names as header.
        const last = range.to.row - (model.totalsRow ? 1 : 0);
        const values: CellValue[][] = [];
        if (model.headerRow === false) values.push((model.columns ?? []).map((c) => c.name ?? null));
        for (let r = range.from.row; r <= last; r++) {
          const row = sheet.getRow(r + 1);
          const out: CellValue[] = [];
          for (let c = range.from.column; c <= range.to.column; c++) out.push(cellValue(row.getCell(c + 1)));
          values.push(out);
        }
        const from = model.headerRow === false ? { row: range.from.row - 1, column: range.from.column } : range.from;
        tables.push({ name: model.name ?? model.displayName ?? table.name ?? "", sheet: sheet.name, address: rangeAddress(from, { row: last, column: range.to.column }), values });
      }
    }
    // findCell, not getCell: reading must not create cells in the analyst's sheets.
    const first = this.book.worksheets.map((sh) => ({ name: sh.name, a1: plainValue(sh.findCell(1, 1)?.value ?? null), a2: plainValue(sh.findCell(2, 1)?.value ?? null) }));
    const settings: Record<string, string> = {};
    const settingsName = settingsSheetOf(first);
    const stored = settingsName === undefined ? undefined : this.book.worksheets.find((sh) => sh.name === settingsName);
    stored?.eachRow((row, n) => {
      if (n === 1) return;
      const key = plainValue(row.getCell(1).value);
      if (typeof key === "string") settings[key] = String(plainValue(row.getCell(2).value) ?? "");
    });
    const markers: Record<string, string | null> = {};
    for (const f of first) markers[f.name] = f.a2 === null ? null : String(f.a2);
    return Promise.resolve({ sheets: first.map((f) => f.name), tables, settings, markers });
  }

  write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void> {
    const existing = this.book.getWorksheet(plan.sheet);
    if (existing) {
      // Only a sheet refresh recognised as its own report is replaced.
      if (!plan.replaces || !String(plainValue(existing.findCell(2, 1)?.value ?? null) ?? "").startsWith(REPORT_MARK) || String(plainValue(existing.findCell(2, 1)?.value ?? null)) === REPORT_MARK) throw new Error(`refusing to overwrite the sheet "${plan.sheet}", which is not a PivotScore report`);
      this.book.removeWorksheet(existing.id);
    }
    const sheet = this.book.addWorksheet(plan.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    plan.columnWidths.forEach((width, j) => (sheet.getColumn(j + 1).width = width));
    plan.rows.forEach((cells, i) => {
      const row = sheet.getRow(i + 1);
      cells.forEach((cell, j) => writeCell(row.getCell(j + 1), cell));
    });
    for (const ref of plan.dataBars) {
      sheet.addConditionalFormatting({ ref, rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF5B9BD5" }, gradient: true } as unknown as ExcelJS.ConditionalFormattingRule] });
    }
    this.writeSettings(settings);
    return Promise.resolve();
  }

  async saveSettings(changes: Readonly<Record<string, string>>): Promise<void> {
    const { settings } = await this.read();
    this.writeSettings({ ...settings, ...changes });
  }

  private writeSettings(settings: Readonly<Record<string, string>>): void {
    const first = this.book.worksheets.map((sh) => ({ name: sh.name, a1: plainValue(sh.findCell(1, 1)?.value ?? null) }));
    const existing = settingsSheetOf(first);
    const name = existing ?? newSettingsSheet(first.map((f) => f.name));
    const old = this.book.worksheets.find((sh) => sh.name === existing);
    if (old) this.book.removeWorksheet(old.id);
    const stored = this.book.addWorksheet(name, { state: "veryHidden" });
    stored.addRow([SETTINGS_HEADER, ""]);
    for (const [key, value] of Object.entries(settings)) stored.addRow([key, value]);
  }
}

const STYLE: Record<NonNullable<ReportCell["style"]>, Partial<ExcelJS.Font>> = {
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 12, color: { argb: "FF1F4E79" } },
  header: { bold: true },
  note: { italic: true, color: { argb: "FF7F7F7F" } },
};

function writeCell(target: ExcelJS.Cell, cell: ReportCell): void {
  if (cell.link && typeof cell.value === "string") {
    // A HYPERLINK formula of our own (exceljs writes internal hyperlinks as links to a file, which
    // LibreOffice and Excel then follow to the wrong place). Quotes in sheet names are doubled.
    const target_ = `#'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`;
    const quoted = (t: string): string => `"${t.replace(/"/g, '""')}"`;
    target.value = { formula: `HYPERLINK(${quoted(target_)},${quoted(cell.value)})`, result: cell.value } as ExcelJS.CellFormulaValue;
    target.font = { color: { argb: "FF0563C1" }, underline: true };
  } else {
    // Strings are stored as strings (shared strings), so text starting with "=" stays text.
    target.value = cell.value;
  }
  if (cell.format) target.numFmt = cell.format;
  if (cell.style) target.font = { ...(target.font ?? {}), ...STYLE[cell.style] };
  if (cell.style === "header") target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
}
