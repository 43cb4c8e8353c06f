/**
 * WorkbookPort over an .xlsx file through exceljs (Node): what `pivotscore report book.xlsx -o out.xlsx`
 * and automation use. exceljs writes values, number formats, styles, links and data bars; it cannot
 * write charts, so the chart specs of the plan are not drawn here (the Excel implementation draws them).
 */
import ExcelJS from "exceljs";
import { parseRange } from "../workbook/a1";
import { REPORT_MARK, reportCandidates, SETTINGS_HEADER, SETTINGS_SHEET, wantedReportSheet, type CellValue, type ReadRequest, type ReportCell, type ReportPlan, type TableSnapshot, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

/** A cell's value as refresh reads cells: formulas by their cached result, rich text as text, dates as ISO text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly book: ExcelJS.Workbook) {}

  static async load(file: string): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return new XlsxWorkbook(book);
  }

  async save(file: string): Promise<void> {
    await this.book.xlsx.writeFile(file);
  }

  read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const tables: TableSnapshot[] = [];
    for (const sheet of this.book.worksheets) {
      for (const table of sheet.getTables() as unknown as { table?: TableModel; name?: string }[]) {
        const model = table.table ?? {};
        const ref = model.tableRef ?? model.ref;
        const range = ref ? parseRange(ref) : null;
        if (!range) continue;
        const values: CellValue[][] = [];
        for (let r = range.from.row; r <= range.to.row; r++) {
          const row = sheet.getRow(r + 1);
          const out: CellValue[] = [];
          for (let c = range.from.column; c <= range.to.column; c++) out.push(plainValue(row.getCell(c + 1).value));
          values.push(out);
        }
        tables.push({ name: model.name ?? model.displayName ?? table.name ?? "", sheet: sheet.name, address: ref ?? "", values });
      }
    }
    const settings: Record<string, string> = {};
    const stored = this.book.getWorksheet(SETTINGS_SHEET);
    if (stored && plainValue(stored.findCell(1, 1)?.value ?? null) === SETTINGS_HEADER) {
      stored.eachRow((row, n) => {
        if (n === 1) return;
        const key = plainValue(row.getCell(1).value);
        if (typeof key === "string") settings[key] = String(plainValue(row.getCell(2).value) ?? "");
      });
    }
    const names = this.book.worksheets.map((s) => s.name);
    const markers: Record<string, string | null> = {};
    for (const name of reportCandidates(names, wantedReportSheet(settings, request))) {
      // findCell, not getCell: reading must not create cells in the analyst's sheet.
      const v = plainValue(this.book.getWorksheet(name)?.findCell(2, 1)?.value ?? null);
      markers[name] = v === null ? null : String(v);
    }
    return Promise.resolve({ sheets: names, tables, settings, markers });
  }

  write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void> {
    const existing = this.book.getWorksheet(plan.sheet);
    if (existing) {
      // Only a sheet refresh recognised as its own report is replaced.
      if (!plan.replaces || !String(plainValue(existing.findCell(2, 1)?.value ?? null) ?? "").startsWith(REPORT_MARK)) throw new Error(`refusing to overwrite the sheet "${plan.sheet}", which is not a PivotScore report`);
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

  private writeSettings(settings: Readonly<Record<string, string>>): void {
    let stored = this.book.getWorksheet(SETTINGS_SHEET);
    // A sheet of that name the analyst made is left alone; the settings are then not stored.
    if (stored && plainValue(stored.findCell(1, 1)?.value ?? null) !== SETTINGS_HEADER) return;
    if (stored) this.book.removeWorksheet(stored.id);
    stored = this.book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
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
