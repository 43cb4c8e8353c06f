/** Small numeric problems prepared for analysis, for tests that check an analysis by hand. */
import { prepareAnalysis, ProblemSchema, readDecision, type ProblemInput } from "../../src/core/index";

/** A numeric problem with no normalisation, so a score is exactly sum_j w_j x_ij (weights normalised). */
export function prepared(rows: [string, ...number[]][], weights: number[], extra: Partial<ProblemInput> = {}) {
  const problem = ProblemSchema.parse({
    method: { name: "wsm", normalization: "none" },
    criteria: weights.map((weight, j) => ({ name: `C${j + 1}`, direction: "benefit", scale: "number", weight })),
    options: rows.map(([name, ...values]) => ({ name, values })),
    ...extra,
  });
  const ready = prepareAnalysis(readDecision(problem));
  if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
  return ready.prepared;
}

/**
 * A = (0.6, 0.5), B = (0.5, 0.7), weights (0.5, 0.5), no normalisation (A 0.55, B 0.60), with ranges on B's
 * C1 (0.3 to 0.7), A's C2 (0.3 to 0.9) and B's C2 (0.63 to 0.77): the tornado worked by hand in
 * tests/core/analysis/tornado.test.ts and drawn in tests/taskpane/charts/Tornado.test.tsx.
 */
export const tornadoProblem = () =>
  prepared([["A", 0.6, 0.5], ["B", 0.5, 0.7]], [1, 1], {
    ranges: [
      { option: "B", criterion: "C1", low: 0.3, high: 0.7 },
      { option: "A", criterion: "C2", low: 0.3, high: 0.9 },
      { option: "B", criterion: "C2", low: 0.63, high: 0.77 },
    ],
  });
