/**
 * The decision problem a set of tables describes, as a workbook or a formula's ranges give them: the
 * options table, and optionally a Criteria and a Scenarios table (each a header row, then one row per
 * entry). Refresh, the task pane and the PIVOT.* functions all assemble their problem here.
 */
import type { Cell } from "./cells";
import type { FieldProblem, Issue } from "./issues";
import type { MethodSpec } from "./methods/index";
import { ProblemSchema, type Problem, type SimulationWeights } from "./model";
import { readCriteriaTable, readScenariosTable } from "./tables";

/** A table's cells, header row first, and its name in the workbook when it has one. */
export interface TableCellsInput {
  readonly rows: readonly (readonly Cell[])[];
  readonly name?: string;
}

export interface ProblemTables {
  readonly options: TableCellsInput;
  readonly criteria?: TableCellsInput | undefined;
  readonly scenarios?: TableCellsInput | undefined;
}

export interface AssemblySettings {
  readonly method?: MethodSpec | undefined;
  readonly simulation?: { readonly draws: number; readonly seed: number | string; readonly weights: SimulationWeights } | undefined;
}

const problemsOf = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldProblem[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));

/**
 * The problem, or none with the issues that say why. An unusable Criteria table stops it (nothing is
 * ranked on half-read definitions); an unusable Scenarios table is reported and the problem kept
 * without it. Scenario weight columns are the criteria the Criteria table names, else the options
 * table's headers.
 */
export function assembleProblem(tables: ProblemTables, settings: AssemblySettings = {}): { problem?: Problem; issues: Issue[] } {
  const issues: Issue[] = [];
  const named = <T extends Issue>(issue: T, table: TableCellsInput): T => (table.name !== undefined ? { ...issue, tableName: table.name } : issue);
  let criteria: unknown;
  if (tables.criteria) {
    const read = readCriteriaTable(tables.criteria.rows);
    if (read.issues.length > 0) {
      for (const issue of read.issues) issues.push(named(issue, tables.criteria));
      return { issues };
    }
    criteria = read.criteria;
  }
  const header = tables.options.rows[0] ?? [];
  const parsed = ProblemSchema.safeParse({
    table: { header, rows: tables.options.rows.slice(1) },
    ...(criteria ? { criteria } : {}),
    ...(settings.method ? { method: settings.method } : {}),
    ...(settings.simulation ? { simulation: settings.simulation } : {}),
  });
  if (!parsed.success) {
    issues.push(named({ code: "table-unusable", table: "options", problems: problemsOf(parsed.error) }, tables.options));
    return { issues };
  }
  let problem = parsed.data;
  if (tables.scenarios) {
    const names = (criteria as { name: string }[] | undefined)?.map((c) => c.name) ?? header.map((h) => String(h ?? ""));
    const read = readScenariosTable(tables.scenarios.rows, names);
    for (const issue of read.issues) issues.push(named(issue, tables.scenarios));
    const withScenarios = ProblemSchema.safeParse({ ...problem, scenarios: read.scenarios });
    if (withScenarios.success) problem = withScenarios.data;
    else issues.push(named({ code: "table-unusable", table: "scenarios", problems: problemsOf(withScenarios.error) }, tables.scenarios));
  }
  return { problem, issues };
}
