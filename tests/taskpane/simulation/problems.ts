/** Problems for the simulation tests, each with an answer known without running the engine, read as the pane reads them. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { ProblemSchema, readDecision, type Decision, type Problem } from "../../../src/core/index";

const decision = (input: unknown): Decision => readDecision(ProblemSchema.parse(input));

/** The bundled sample: seven options, uncertain inputs, weights "around" +-50% (the engine's slow path). */
export const sampleProblem: Problem = ProblemSchema.parse(JSON.parse(readFileSync(path.join(__dirname, "../../../examples/pivot-analysis.json"), "utf8")));
export const sample: Decision = readDecision(sampleProblem);

/**
 * Alpha is best on every criterion, so it scores highest under every weight vector: it ranks first in
 * exactly 100% of the draws, whatever the seed.
 */
export const dominated: Decision = decision({
  criteria: ["Market size", "Our fit", "Speed"].map((name) => ({ name, direction: "benefit", scale: "number", weight: 1 })),
  options: [
    { name: "Alpha", values: [10, 10, 10] },
    { name: "Beta", values: [5, 6, 7] },
    { name: "Gamma", values: [1, 2, 3] },
  ],
  simulation: { draws: 2000, seed: 11, weights: "uniform" },
});

/**
 * North is best on one criterion and worst on the other, South the reverse: with weights uniform on the
 * simplex North ranks first exactly when w1 > w2, which has probability 1/2.
 */
export const symmetric: Decision = decision({
  criteria: ["Market size", "Our fit"].map((name) => ({ name, direction: "benefit", scale: "number", weight: 1 })),
  options: [
    { name: "North", values: [1, 0] },
    { name: "South", values: [0, 1] },
  ],
  simulation: { draws: 5000, seed: 3, weights: "uniform" },
});
