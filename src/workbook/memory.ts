/**
 * A workbook held in memory: sheets of cells and tables over them. The third WorkbookPort, for tests and
 * for the browser preview of the task pane (issue 6), where there is no Excel.
 */
import { parseRange } from "./a1";
import { newSettingsSheet, REPORT_MARK, SETTINGS_HEADER, settingsSheetOf, type CellValue, type ReportPlan, type TableSnapshot, type WorkbookPort, type WorkbookSnapshot } from "./port";

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

  read(): Promise<WorkbookSnapshot> {
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
    const settingsName = settingsSheetOf(this.sheets.map((sh) => ({ name: sh.name, a1: sh.cells[0]?.[0] })));
    const stored = settingsName === undefined ? undefined : this.sheet(settingsName);
    for (const row of stored?.cells.slice(1) ?? []) if (typeof row[0] === "string") settings[row[0]] = String(row[1] ?? "");
    const names = this.sheets.map((sh) => sh.name);
    const markers: Record<string, string | null> = {};
    for (const sh of this.sheets) {
      const v = sh.cells[1]?.[0];
      markers[sh.name] = v === null || v === undefined ? null : String(v);
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
    this.storeSettings(settings);
    this.written.push(plan);
    return Promise.resolve();
  }

  async saveSettings(changes: Readonly<Record<string, string>>): Promise<void> {
    const { settings } = await this.read();
    this.storeSettings({ ...settings, ...changes });
  }

  private storeSettings(settings: Readonly<Record<string, string>>): void {
    const existing = settingsSheetOf(this.sheets.map((sh) => ({ name: sh.name, a1: sh.cells[0]?.[0] })));
    let stored = existing === undefined ? undefined : this.sheet(existing);
    if (!stored) {
      stored = { name: newSettingsSheet(this.sheets.map((sh) => sh.name)), cells: [], hidden: true };
      this.sheets.push(stored);
    }
    stored.cells = [[SETTINGS_HEADER, null], ...Object.entries(settings).map(([k, v]): CellValue[] => [k, v])];
  }
}
