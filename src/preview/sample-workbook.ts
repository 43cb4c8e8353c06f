/**
 * The bundled sample as an in-memory workbook: the same three tables as examples/pivot-analysis.xlsx,
 * each on its own sheet, plus the sample's stored settings. For the browser preview (developer tooling).
 */
import { columnName } from "../workbook/a1";
import { MemoryWorkbook } from "../workbook/memory";
import { SETTINGS_HEADER, SETTINGS_SHEET, type CellValue } from "../workbook/port";
import { sampleSettings, sampleTables, type SampleProblem } from "../workbook/sample";

export type { SampleProblem };

export function sampleWorkbook(problem: SampleProblem): MemoryWorkbook {
  const tables = sampleTables(problem);
  const settings: CellValue[][] = [[SETTINGS_HEADER, null], ...sampleSettings(problem)];
  return new MemoryWorkbook(
    [...tables.map((t) => ({ name: t.name, cells: t.rows.map((r) => [...r]) })), { name: SETTINGS_SHEET, cells: settings, hidden: true }],
    tables.map((t) => ({ name: t.name, sheet: t.name, address: `A1:${columnName(Math.max(...t.rows.map((r) => r.length)) - 1)}${t.rows.length}` })),
  );
}

/**
 * The sample with the kind of cells a half-finished table has: a placeholder, a typo'd level and a
 * market size in words. Each becomes an issue that names its cell.
 */
export function messyWorkbook(problem: SampleProblem): MemoryWorkbook {
  const workbook = sampleWorkbook(problem);
  const sheet = workbook.sheet("Opportunities");
  const header = sheet?.cells[0] ?? [];
  const column = (name: string): number => header.findIndex((h) => String(h).toLowerCase() === name.toLowerCase());
  const put = (row: number, name: string, value: CellValue) => {
    const j = column(name);
    const cells = sheet?.cells[row];
    if (cells && j >= 0) cells[j] = value;
  };
  put(4, "Our Fit", "TBD");
  put(5, "Technical Risk", "Meduim");
  put(7, "Market Size", "a lot");
  return workbook;
}
