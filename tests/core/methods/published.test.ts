/**
 * Every method against published worked examples, through the whole pipeline (problem -> read -> weights
 * -> method -> ranks). Sources are cited per example in tests/fixtures/published/*.json and its README.
 */
import { solve, type ProblemInput, type Solution } from "../../../src/core/index";
import { expectClose, expectRankingOrder, loadPublished, type PublishedExample } from "../../helpers/published";

function problemOf(example: PublishedExample, method: ProblemInput["method"]): ProblemInput {
  return {
    method,
    criteria: example.criteria.map((c) => ({ name: c.name, direction: c.direction, weight: c.weight, scale: "number", valueFunction: "linear" })),
    options: example.alternatives.map((name, i) => ({ name, values: example.matrix[i] ?? [] })),
  };
}

function solved(example: PublishedExample, method: ProblemInput["method"]): Solution {
  const result = solve(problemOf(example, method));
  if (!result.ok) throw new Error(`${example.id}: ${JSON.stringify(result)}`);
  return result;
}

const ranksOf = (s: Solution): number[] => s.options.map((o) => o.rank);
/**
 * PivotScore rescales weights to sum to 1; a source whose rounded weights sum to 0.999 does not. Scores
 * linear in the weights (WSM, MOORA) are compared after undoing that rescaling.
 */
const publishedWeightSum = (example: PublishedExample): number => example.criteria.reduce((t, c) => t + c.weight, 0);
const scoresOf = (s: Solution): number[] => s.options.map((o) => o.score);

describe("weighted sum reproduces published examples", () => {
  it.each(loadPublished("wsm.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const normalization = (example.settings?.["normalization"] as "max" | "none") ?? "min-max";
    const s = solved(example, { name: "wsm", normalization });
    expectClose(scoresOf(s).map((x) => x * publishedWeightSum(example)), example.expected.scores ?? [], example.tolerance, "score");
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("weighted product reproduces published examples", () => {
  it.each(loadPublished("wpm.json").map((e) => [e.id, e] as const))("%s: pairwise ratios P(AK/AL) and ranking", (_id, example) => {
    const s = solved(example, "wpm");
    const ratios = (example.expected.intermediate?.["pairwiseRatios"] ?? []) as { a: string; b: string; value: number }[];
    expect(ratios.length).toBeGreaterThan(0);
    for (const { a, b, value } of ratios) {
      const ratio = (s.options[example.alternatives.indexOf(a)]?.score ?? NaN) / (s.options[example.alternatives.indexOf(b)]?.score ?? NaN);
      expectClose([ratio], [value], example.tolerance, `P(${a}/${b})`);
    }
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("TOPSIS reproduces published examples", () => {
  it.each(loadPublished("topsis.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const s = solved(example, { name: "topsis", normalization: (example.settings?.["normalization"] as "vector") ?? "vector" });
    expectClose(scoresOf(s), example.expected.scores ?? [], example.tolerance, "closeness");
    const published = example.expected.intermediate as Record<string, number[]> | undefined;
    if (s.details.method !== "topsis") throw new Error("wrong details");
    if (published?.["dPlus"]) expectClose(s.details.distanceBest, published["dPlus"], example.tolerance, "D+");
    if (published?.["dMinus"]) expectClose(s.details.distanceWorst, published["dMinus"], example.tolerance, "D-");
    if (published?.["idealWeighted"]) expectClose(s.details.idealBest, published["idealWeighted"], example.tolerance, "A+");
    if (published?.["antiIdealWeighted"]) expectClose(s.details.idealWorst, published["antiIdealWeighted"], example.tolerance, "A-");
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("VIKOR reproduces published examples", () => {
  it.each(loadPublished("vikor.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const s = solved(example, { name: "vikor", v: (example.settings?.["v"] as number) ?? 0.5 });
    if (s.details.method !== "vikor") throw new Error("wrong details");
    expect(s.higherIsBetter).toBe(false);
    const published = example.expected.intermediate as Record<string, number[]> | undefined;
    if (published?.["S"]) expectClose(s.details.S, published["S"], example.tolerance, "S");
    if (published?.["R"]) expectClose(s.details.R, published["R"], example.tolerance, "R");
    expectClose(s.details.Q, example.expected.scores ?? [], example.tolerance, "Q");
    if (example.expected.acceptableAdvantage !== undefined) expect(s.details.acceptableAdvantage).toBe(example.expected.acceptableAdvantage);
    if (example.expected.acceptableStability !== undefined) expect(s.details.acceptableStability).toBe(example.expected.acceptableStability);
    if (example.expected.compromiseSet) {
      expect(s.details.compromise.map((i) => example.alternatives[i]).sort()).toEqual([...example.expected.compromiseSet].sort());
    }
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("PROMETHEE II reproduces published examples", () => {
  it.each(loadPublished("promethee.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const functions = (example.settings?.["criteria"] ?? []) as { type: string; q?: number; p?: number; s?: number }[];
    const preferences = Object.fromEntries(
      example.criteria.map((c, j) => {
        const f = functions[j] ?? { type: "usual" };
        return [c.name, { type: f.type, ...(f.q !== undefined ? { q: f.q } : {}), ...(f.p !== undefined ? { p: f.p } : {}), ...(f.s !== undefined ? { s: f.s } : {}) }];
      }),
    );
    const s = solved(example, { name: "promethee2", preferences } as ProblemInput["method"]);
    if (s.details.method !== "promethee2") throw new Error("wrong details");
    // Brans & Vincke (1985) print flows as sums over the other options; we divide by m - 1 as is usual now.
    const flowsAreSums = String(example.settings?.["flowNormalization"] ?? "").startsWith("none");
    const factor = flowsAreSums ? example.alternatives.length - 1 : 1;
    const scale = (xs: number[]): number[] => xs.map((x) => x * factor);
    const published = example.expected.intermediate as Record<string, unknown> | undefined;
    expectClose(scale(s.details.netFlow), example.expected.scores ?? [], example.tolerance, "phi");
    if (published?.["phiPlus"]) expectClose(scale(s.details.positiveFlow), published["phiPlus"] as number[], example.tolerance, "phi+");
    if (published?.["phiMinus"]) expectClose(scale(s.details.negativeFlow), published["phiMinus"] as number[], example.tolerance, "phi-");
    if (published?.["preferenceIndex"]) {
      const matrix = s.details.preferenceMatrix;
      (published["preferenceIndex"] as number[][]).forEach((row, a) => expectClose(matrix[a] ?? [], row, example.tolerance, `pi(${a},.)`));
    }
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("COPRAS reproduces published examples", () => {
  it.each(loadPublished("copras.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const s = solved(example, "copras");
    if (s.details.method !== "copras") throw new Error("wrong details");
    const inPercent = String(example.expected["scoreUnit"] ?? "").startsWith("percent");
    const utility = s.details.utility.map((u) => (inPercent ? u : u / 100));
    expectClose(utility, example.expected.scores ?? [], example.tolerance, "utility degree");
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("MOORA (ratio system) reproduces published examples", () => {
  it.each(loadPublished("moora.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const s = solved(example, "moora");
    expectClose(scoresOf(s).map((y) => y * publishedWeightSum(example)), example.expected.scores ?? [], example.tolerance, "y");
    expectRankingOrder(ranksOf(s), example.alternatives, example.expected.ranking, example.expected.ties);
  });
});

describe("ratio methods ignore criteria weighted 0", () => {
  it.each([["wpm"], ["copras"]] as const)("%s accepts a zero on a cost criterion whose weight is 0", (method) => {
    const result = solve({
      method,
      criteria: [
        { name: "X", direction: "benefit", weight: 1, scale: "number", valueFunction: "linear" },
        { name: "Y", direction: "cost", weight: 0, scale: "number", valueFunction: "linear" },
      ],
      options: [
        { name: "A", values: [2, 0] },
        { name: "B", values: [4, 1] },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.options.map((o) => o.rank)).toEqual([2, 1]);
  });
});
