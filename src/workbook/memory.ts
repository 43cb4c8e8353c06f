/**
 * A workbook held in memory: sheets of cells and tables over them. The third WorkbookPort, for tests and
 * for the browser preview of the task pane (issue 6), where there is no Excel.
 */
import { parseRange } from "./a1";
import { REPORT_MARK, reportCandidates, SETTINGS_HEADER, SETTINGS_SHEET, wantedReportSheet, type CellValue, type ReadRequest, type ReportPlan, type TableSnapshot, type WorkbookPort, type WorkbookSnapshot } from "./port";

export interface MemorySheet {
  name: string;
  cells: CellValue[][];
  hidden?: boolean;
}

export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[];
  readonly tables: MemoryTable[];
  /** Every plan written, last one last: what a test or the preview shows. */
  readonly written: ReportPlan[] = [];
  reads = 0;

  constructor(sheets: MemorySheet[], tables: MemoryTable[]) {
    this.sheets = sheets;
    this.tables = tables;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  read(request: ReadRequest): Promise<WorkbookSnapshot> {
    this.reads++;
    const tables: TableSnapshot[] = this.tables.map((t) => {
      const range = parseRange(t.address);
      const cells = this.sheet(t.sheet)?.cells ?? [];
      const values = range
        ? Array.from({ length: range.to.row - range.from.row + 1 }, (_, i) => Array.from({ length: range.to.column - range.from.column + 1 }, (__, j) => cells[range.from.row + i]?.[range.from.column + j] ?? null))
        : [];
      return { name: t.name, sheet: t.sheet, address: t.address, values };
    });
    const settings: Record<string, string> = {};
    const stored = this.sheet(SETTINGS_SHEET);
    if (stored && stored.cells[0]?.[0] === SETTINGS_HEADER) for (const row of stored.cells.slice(1)) if (typeof row[0] === "string") settings[row[0]] = String(row[1] ?? "");
    const names = this.sheets.map((s) => s.name);
    const markers: Record<string, string | null> = {};
    for (const name of reportCandidates(names, wantedReportSheet(settings, request))) {
      const v = this.sheet(name)?.cells[1]?.[0];
      markers[name] = v === null || v === undefined ? null : String(v);
    }
    return Promise.resolve({ sheets: names, tables, settings, markers });
  }

  write(plan: ReportPlan, settings: Readonly<Record<string, string>>): Promise<void> {
    let target = this.sheet(plan.sheet);
    if (target && !plan.replaces) throw new Error(`refusing to overwrite the sheet "${plan.sheet}", which is not a PivotScore report`);
    if (target && !String(target.cells[1]?.[0] ?? "").startsWith(REPORT_MARK)) throw new Error(`the sheet "${plan.sheet}" has no report marker`);
    if (!target) {
      target = { name: plan.sheet, cells: [] };
      this.sheets.push(target);
    }
    target.cells = plan.rows.map((row) => row.map((c) => c.value));
    let stored = this.sheet(SETTINGS_SHEET);
    if (!stored) {
      stored = { name: SETTINGS_SHEET, cells: [[SETTINGS_HEADER, null]], hidden: true };
      this.sheets.push(stored);
    }
    // A sheet of that name that is not ours is the analyst's: the settings are then not stored.
    if (stored.cells[0]?.[0] === SETTINGS_HEADER) stored.cells = [[SETTINGS_HEADER, null], ...Object.entries(settings).map(([k, v]): CellValue[] => [k, v])];
    this.written.push(plan);
    return Promise.resolve();
  }
}
