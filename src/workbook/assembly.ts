/**
 * Which of the workbook's tables hold the options, the criteria and the scenarios, and the decision
 * problem they make (assembled by the core, as for the PIVOT.* functions), with a note for everything
 * found on the way.
 */
import { assembleProblem, levelKey, MethodSpecSchema, parseSimulationWeights, sameObjectName, type Problem } from "../core/index";
import { noteOf } from "./notes";
import type { RefreshNote, TableSnapshot, WorkbookSnapshot } from "./port";
import type { RefreshSettings } from "./settings";

export interface AssembledProblem {
  readonly problem?: Problem;
  readonly options?: TableSnapshot;
  readonly criteria?: TableSnapshot;
  readonly scenarios?: TableSnapshot;
  readonly notes: RefreshNote[];
}

function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => sameObjectName(t.name, name));
}

/** The decision problem the workbook's tables describe, or notes saying why there is none. */
export function assembleWorkbook(snapshot: WorkbookSnapshot, settings: RefreshSettings): AssembledProblem {
  const notes: RefreshNote[] = [];
  const others = new Set([settings.criteriaTable, settings.scenariosTable].map(levelKey));
  const options = findTable(snapshot, settings.optionsTable) ?? (snapshot.tables.length > 0 ? snapshot.tables.find((t) => !others.has(levelKey(t.name))) : undefined);
  if (!options) {
    notes.push(noteOf({ code: "options-table-missing", table: settings.optionsTable }));
    return { notes };
  }
  if (!sameObjectName(options.name, settings.optionsTable)) notes.push(noteOf({ code: "options-table-guessed", table: settings.optionsTable, used: options.name, sheet: options.sheet }));
  const criteria = findTable(snapshot, settings.criteriaTable);
  const scenarios = findTable(snapshot, settings.scenariosTable);
  const simulationWeights = parseSimulationWeights(settings.weights);
  const method = MethodSpecSchema.safeParse(settings.method);
  const tableOf = (name: string | undefined): TableSnapshot | undefined => [options, criteria, scenarios].find((t) => t !== undefined && t.name === name);

  const assembled = assembleProblem(
    {
      options: { rows: options.values, name: options.name },
      criteria: criteria ? { rows: criteria.values, name: criteria.name } : undefined,
      scenarios: scenarios ? { rows: scenarios.values, name: scenarios.name } : undefined,
    },
    {
      method: method.success ? method.data : MethodSpecSchema.parse("wsm"),
      simulation: { draws: settings.draws, seed: settings.seed, weights: simulationWeights ?? { kind: "uniform" } },
    },
  );
  // A Criteria table that cannot be read stops here, before the settings are looked at.
  const stoppedAtCriteria = !assembled.problem && assembled.issues.some((i) => "table" in i && i.table === "criteria");
  if (!stoppedAtCriteria) {
    if (!simulationWeights) notes.push(noteOf({ code: "simulation-weights-unreadable", raw: settings.weights }));
    if (!method.success) notes.push(noteOf({ code: "method-unknown", raw: settings.method }));
  }
  for (const issue of assembled.issues) notes.push(noteOf(issue, tableOf("tableName" in issue ? issue.tableName : undefined)));
  if (!assembled.problem) return { notes, options, ...(stoppedAtCriteria && criteria ? { criteria } : {}) };
  return { problem: assembled.problem, options, ...(criteria ? { criteria } : {}), ...(scenarios ? { scenarios } : {}), notes };
}
