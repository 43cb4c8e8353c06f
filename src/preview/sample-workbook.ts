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
