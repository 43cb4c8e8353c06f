/** The bundled sample's three tables as 2-D cells: the same cells scripts/build-sample.mjs writes to the workbook. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { sampleTables, type SampleProblem } from "../../src/workbook/sample";

export const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as SampleProblem & { title: string; [key: string]: unknown };

export function sampleSheets(): Record<string, unknown[][]> {
  return Object.fromEntries(sampleTables(sample).map((t) => [t.name, t.rows.map((r) => [...r])]));
}
