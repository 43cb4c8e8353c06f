/**
 * The bundled sample as an in-memory workbook: the same three tables as examples/pivot-analysis.xlsx,
 * each on its own sheet, plus the sample's stored settings. For the browser preview (developer tooling).
 */
import { sampleTables } from "../excel/insert-sample";
import { MemoryWorkbook } from "../workbook/memory";
import { SETTINGS_HEADER, SETTINGS_SHEET, type CellValue } from "../workbook/port";
import { columnName } from "../workbook/a1";

export interface SampleProblem {
  readonly table: { readonly header: readonly CellValue[]; readonly rows: readonly (readonly CellValue[])[] };
  readonly criteria: Parameters<typeof sampleTables>[0]["criteria"];
  readonly scenarios: Parameters<typeof sampleTables>[0]["scenarios"];
  readonly simulation?: { draws?: number; seed?: number | string; weights?: { kind: string; percent?: number } | string };
  readonly method?: { name?: string } | string;
}

export function sampleWorkbook(problem: SampleProblem): MemoryWorkbook {
  const tables = sampleTables(problem);
  const sim = problem.simulation ?? {};
  const weights = typeof sim.weights === "object" && sim.weights.kind === "around" ? `±${sim.weights.percent ?? 0}%` : typeof sim.weights === "object" ? sim.weights.kind : (sim.weights ?? "uniform");
  const method = typeof problem.method === "string" ? problem.method : (problem.method?.name ?? "wsm");
  const settings: CellValue[][] = [[SETTINGS_HEADER, null], ["method", method], ["draws", String(sim.draws ?? 10000)], ["seed", String(sim.seed ?? 1)], ["weights", weights]];
  return new MemoryWorkbook(
    [...tables.map((t) => ({ name: t.name, cells: t.rows.map((r) => [...r]) })), { name: SETTINGS_SHEET, cells: settings, hidden: true }],
    tables.map((t) => ({ name: t.name, sheet: t.name, address: `A1:${columnName(Math.max(...t.rows.map((r) => r.length)) - 1)}${t.rows.length}` })),
  );
}
