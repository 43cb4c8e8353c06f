/**
 * A decision problem whose table has been read: what flows from the workbook (or a formula's ranges, or
 * a problem file) to every analysis. The cells are read once, when the table changes; a weight moved, a
 * scenario applied or a method changed works on the read cells and never reads one again.
 */
import { ProblemSchema, type Problem } from "./model";
import { readCells, finishMatrix, type ReadResult, type TableCells } from "./read";
import { invertCosts, problemTable, solveRead, type SolveResult } from "./solve";
import { sameWord } from "./names";

/** Everything a problem says besides its table: method, weighting, definitions, ranges, scenarios, simulation. */
export type ProblemSettings = Omit<Problem, "table" | "options" | "nameColumn">;

export interface Decision {
  readonly settings: ProblemSettings;
  readonly cells: TableCells;
}

/** Reads a problem's table once, as its criteria and settings say. */
export function readDecision(problem: Problem): Decision {
  const { table: _table, options, nameColumn, ...settings } = problem;
  const cells = readCells(problemTable(problem), { criteria: problem.criteria, nameColumn: options ? (nameColumn ?? "Option") : nameColumn });
  return { settings, cells };
}

/** The matrix the methods compare (costs not yet inverted): options left out, empty criteria dropped. */
export function finishDecision(decision: Decision): ReadResult {
  return finishMatrix(decision.cells, decision.settings.onInvalid);
}

/** The decision solved with its method and weighting, and the matrix it was solved on (costs not yet inverted). */
export function solveDecision(decision: Decision): { read: ReadResult; result: SolveResult } {
  const read = finishDecision(decision);
  const { costs, method, weights } = decision.settings;
  return { read, result: solveRead(costs === "invert" ? invertCosts(read) : read, method, weights) };
}

/**
 * The decision weighted directly with these weights (any non-negative numbers, one per criterion of the
 * finished matrix, in its order); criteria it does not name weigh 0.
 */
export function withWeights(decision: Decision, criteria: readonly string[], weights: readonly number[]): Decision {
  return {
    settings: { ...decision.settings, weights: { method: "direct" } },
    cells: {
      ...decision.cells,
      criteria: decision.cells.criteria.map((c) => {
        const j = criteria.findIndex((name) => sameWord(name, c.name));
        return { ...c, weight: j >= 0 ? (weights[j] ?? 0) : 0 };
      }),
    },
  };
}

/** Validates a decision problem (for instance parsed JSON) and solves it. Never throws. */
export function solve(input: unknown): SolveResult {
  const parsed = ProblemSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      reason: "invalid-problem",
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(problem)", message: issue.message })),
    };
  }
  return solveProblem(parsed.data);
}

/** Reads a problem's table and solves it. */
export function solveProblem(problem: Problem): SolveResult {
  return solveDecision(readDecision(problem)).result;
}
