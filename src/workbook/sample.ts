/**
 * The bundled sample problem (examples/pivot-analysis.json) as the workbook holds it: three tables and
 * PivotScore's stored settings. The one place that layout is spelled out; the sample workbook script,
 * "Insert sample", the browser preview and the tests all take it from here.
 */
import type { CellValue } from "./port";

export interface SampleTable {
  /** Sheet and table name. */
  readonly name: string;
  /** Header row first. */
  readonly rows: readonly (readonly CellValue[])[];
}

type Scale = string | { kind: string; levels?: readonly (string | { label: string })[] };

export interface SampleProblem {
  readonly table: { readonly header: readonly CellValue[]; readonly rows: readonly (readonly CellValue[])[] };
  readonly criteria: readonly { name: string; direction?: string; scale?: Scale; weight?: number; valueFunction?: string | { kind: string }; uncertainty?: { percent?: number; plusMinus?: number; distribution?: string } }[];
  readonly scenarios: readonly { name: string; description?: string; weights?: Record<string, number>; constraints?: readonly string[] }[];
  readonly simulation?: { draws?: number; seed?: number | string; weights?: { kind: string; percent?: number } | string };
  readonly method?: { name?: string } | string;
}

export const CRITERIA_HEADER = ["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function", "Uncertainty", "Distribution"] as const;

const scaleKind = (s: Scale | undefined): string => (s === undefined ? "" : typeof s === "string" ? s : s.kind);
const levels = (s: Scale | undefined): string => (typeof s === "object" && s.levels ? s.levels.map((l) => (typeof l === "string" ? l : l.label)).join(", ") : "");
const uncertainty = (u: SampleProblem["criteria"][number]["uncertainty"]): string => (u === undefined ? "" : u.percent !== undefined ? `±${u.percent}%` : `±${u.plusMinus ?? 0}`);

/** The Opportunities, Criteria and Scenarios tables of the sample workbook. */
export function sampleTables(problem: SampleProblem): SampleTable[] {
  const names = problem.criteria.map((c) => c.name);
  return [
    { name: "Opportunities", rows: [problem.table.header, ...problem.table.rows] },
    {
      name: "Criteria",
      rows: [
        [...CRITERIA_HEADER],
        ...problem.criteria.map((c) => [c.name, c.direction ?? "", scaleKind(c.scale), levels(c.scale), c.weight ?? null, typeof c.valueFunction === "object" ? c.valueFunction.kind : (c.valueFunction ?? "linear"), uncertainty(c.uncertainty), c.uncertainty?.distribution ?? ""]),
      ],
    },
    {
      name: "Scenarios",
      rows: [["Scenario", "Description", ...names, "Constraints"], ...problem.scenarios.map((s) => [s.name, s.description ?? "", ...names.map((n) => s.weights?.[n] ?? null), (s.constraints ?? []).join("; ")])],
    },
  ];
}

/**
 * The sample's settings as a refresh stores them (key, value): its method and simulation. Draws and seed
 * it does not give are left to refresh's defaults (settings.ts), so this module takes nothing from the
 * engine and Insert sample's chunk stays without it.
 */
export function sampleSettings(problem: SampleProblem): [string, string][] {
  const sim = problem.simulation ?? {};
  const weights = typeof sim.weights === "object" ? (sim.weights.kind === "around" ? `±${sim.weights.percent ?? 0}%` : sim.weights.kind) : (sim.weights ?? "uniform");
  const method = typeof problem.method === "string" ? problem.method : (problem.method?.name ?? "wsm");
  return [
    ["method", method],
    ...(sim.draws !== undefined ? [["draws", String(sim.draws)] as [string, string]] : []),
    ...(sim.seed !== undefined ? [["seed", String(sim.seed)] as [string, string]] : []),
    ["weights", weights],
  ];
}
