/** The bundled sample's three tables as 2-D cells, the same cells scripts/build-sample.mjs writes to the workbook. */
import { readFileSync } from "node:fs";
import * as path from "node:path";

interface SampleCriterion {
  name: string;
  direction: string;
  scale: string | { kind: string; levels: string[] };
  weight: number;
  valueFunction?: string;
  uncertainty?: { percent?: number; plusMinus?: number; distribution?: string };
}
export interface SampleProblem {
  title: string;
  table: { header: string[]; rows: string[][] };
  criteria: SampleCriterion[];
  scenarios: { name: string; description?: string; weights?: Record<string, number>; constraints?: string[] }[];
  [key: string]: unknown;
}

export const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as SampleProblem;

const uncertaintyText = (u: SampleCriterion["uncertainty"]): string => (u === undefined ? "" : u.percent !== undefined ? `±${u.percent}%` : `±${u.plusMinus ?? 0}`);

export function sampleSheets(): Record<string, unknown[][]> {
  const names = sample.criteria.map((c) => c.name);
  return {
    Opportunities: [sample.table.header, ...sample.table.rows],
    Criteria: [
      ["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function", "Uncertainty", "Distribution"],
      ...sample.criteria.map((c) => [c.name, c.direction, typeof c.scale === "string" ? c.scale : c.scale.kind, typeof c.scale === "string" ? "" : c.scale.levels.join(", "), c.weight, c.valueFunction ?? "linear", uncertaintyText(c.uncertainty), c.uncertainty?.distribution ?? ""]),
    ],
    Scenarios: [["Scenario", "Description", ...names, "Constraints"], ...sample.scenarios.map((s) => [s.name, s.description ?? "", ...names.map((n) => s.weights?.[n] ?? null), (s.constraints ?? []).join("; ")])],
  };
}
