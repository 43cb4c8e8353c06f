/**
 * Weighting schemes against published examples (tests/fixtures/published: ahp, rank-order, entropy,
 * critic; sources cited in each fixture and in the README there).
 */
import { ahpHierarchy, ahpWeights, criticWeights, entropyWeights, rankOrderCentroid, rankSum } from "../../../src/core/index";
import { expectClose, loadPublished } from "../../helpers/published";

interface AhpInput {
  criteria: string[];
  pairwise: number[][];
  pairwiseExact?: (number | string)[][];
  alternatives?: string[];
  alternativesPairwise?: Record<string, number[][]>;
  alternativesPairwiseExact?: Record<string, (number | string)[][]>;
}

describe("AHP reproduces published examples", () => {
  it.each(loadPublished("ahp.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const input = example.input as unknown as AhpInput;
    const expected = example.expected as unknown as { weights: (number | null)[] | null; lambdaMax: number | null; ci: number | null; cr: number | null; globalPriorities?: number[] };
    // Fractions typed as text ("1/3") are what analysts enter; use them where the source gives them.
    const result = ahpWeights(input.pairwiseExact ?? input.pairwise);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    if (expected.weights) expectClose(result.weights, expected.weights, example.tolerance, "w");
    if (expected.lambdaMax !== null) expectClose([result.lambdaMax], [expected.lambdaMax], example.tolerance, "lambda_max");
    if (expected.ci !== null) expectClose([result.ci], [expected.ci], example.tolerance, "CI");
    if (expected.cr !== null) expectClose([result.cr ?? NaN], [expected.cr], example.tolerance, "CR");
    if (expected.cr !== null && expected.cr > 0.1) expect(result.issues.map((i) => i.code)).toContain("pairwise-inconsistent");
    if (expected.globalPriorities && input.alternativesPairwise) {
      const byCriterion = input.alternativesPairwiseExact ?? input.alternativesPairwise;
      const hierarchy = ahpHierarchy(input.pairwiseExact ?? input.pairwise, input.criteria.map((c) => byCriterion[c] ?? []));
      if (!hierarchy.ok) throw new Error(JSON.stringify(hierarchy.issues));
      expectClose(hierarchy.global, expected.globalPriorities, example.tolerance, "global");
    }
  });

  it("uses Saaty's random index table (Saaty 1980, table 1.7)", () => {
    const saaty = loadPublished("ahp.json")[0]?.expected["randomIndex"] as Record<string, number>;
    for (const [n, ri] of Object.entries(saaty)) {
      const size = Number(n);
      if (size < 3) continue;
      // A consistent matrix of all ones has CI = 0; a perturbed one exposes RI through CR = CI / RI.
      const matrix = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === 0 && j === 1 ? 2 : i === 1 && j === 0 ? 0.5 : 1)));
      const result = ahpWeights(matrix);
      if (!result.ok) throw new Error("unexpected");
      expect(result.randomIndex).toBe(ri);
      expect(result.cr).toBeCloseTo(result.ci / ri, 12);
    }
  });
});

describe("rank-order weights reproduce Barron & Barrett (1996) and Stillwell et al. (1981)", () => {
  it.each(loadPublished("rank-order.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const ranks = (example.input as { ranks: number[] }).ranks;
    const weights = example.method === "roc" ? rankOrderCentroid(ranks) : rankSum(ranks);
    expectClose(weights, example.expected["weights"] as number[], example.tolerance, "w");
  });

  it("gives tied criteria the mean weight of the positions they share", () => {
    // ROC for n = 3 is [11/18, 5/18, 2/18]; a tie for first shares (11 + 5) / 18 equally.
    expectClose(rankOrderCentroid([1, 1, 3]), [8 / 18, 8 / 18, 2 / 18], 1e-12, "w");
  });
});

describe("entropy weights reproduce published examples", () => {
  it.each(loadPublished("entropy.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const input = example.input as { matrix: number[][] };
    const names = (input.matrix[0] ?? []).map((_, j) => `C${j + 1}`);
    const result = entropyWeights(input.matrix, names, input.matrix.map((_, i) => `A${i + 1}`));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expectClose(result.weights, example.expected["weights"] as number[], example.tolerance, "w");
  });
});

describe("CRITIC weights reproduce a published example", () => {
  it.each(loadPublished("critic.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    // The source normalises every criterion as a benefit at this step (see the fixture's notes).
    const input = example.input as { matrix: number[][]; directions: ("benefit" | "cost")[] };
    const result = criticWeights(input.matrix, input.directions);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expectClose(result.weights, example.expected["weights"] as number[], example.tolerance, "w");
  });
});
