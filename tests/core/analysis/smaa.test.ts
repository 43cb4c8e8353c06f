import fc from "fast-check";
import { mergeTallies, prepareAnalysis, prepareSmaa, ProblemSchema, readDecision, simulate, simulateSync, streamFor, type ProblemInput, type SmaaResult, type SmaaSettings } from "../../../src/core/index";

/** A numeric problem with no normalisation, so a score is exactly sum_j w_j x_ij. */
function prepared(rows: [string, ...number[]][], weights: number[], extra: Partial<ProblemInput> = {}) {
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

function run(p: ReturnType<typeof prepared>, settings: Partial<SmaaSettings> = {}): SmaaResult {
  const result = simulateSync(p.inputs, { draws: 20_000, seed: 7, weights: { kind: "uniform" }, inputs: p.uncertain, ...settings });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.result;
}

/** |estimate - exact| within 4 standard errors (about 1 in 16,000 false alarms per check). */
function expectWithin(estimate: { value: number; standardError: number }, exact: number): void {
  expect(Math.abs(estimate.value - exact)).toBeLessThanOrEqual(4 * estimate.standardError + 1e-12);
}

describe("SMAA-2 on a two-criterion problem against its closed form", () => {
  // With weights (w, 1 - w), w ~ U(0, 1) (the simplex in two dimensions), A = (0.9, 0.2) beats
  // B = (0.3, 0.6) iff 0.9w + 0.2(1 - w) > 0.3w + 0.6(1 - w) iff w > 0.4: b_A^1 = 0.6, b_B^1 = 0.4.
  // Central weights: E[w | w > 0.4] = 0.7 for A, E[w | w < 0.4] = 0.2 for B; their standard deviations are
  // 0.6 / sqrt(12) and 0.4 / sqrt(12) (uniform on the interval).
  const p = prepared([["A", 0.9, 0.2], ["B", 0.3, 0.6]], [1, 1]);
  const result = run(p);

  it("gives the rank acceptability indices", () => {
    expectWithin(result.acceptability[0]![0]!, 0.6);
    expectWithin(result.acceptability[0]![1]!, 0.4);
    expectWithin(result.acceptability[1]![0]!, 0.4);
    expect(result.acceptability[0]![0]!.standardError).toBeCloseTo(Math.sqrt((0.6 * 0.4) / 20_000), 4);
  });

  it("gives the central weight vectors with their standard errors", () => {
    const a = result.centralWeights[0]!;
    const b = result.centralWeights[1]!;
    expectWithin(a[0]!, 0.7);
    expectWithin(a[1]!, 0.3);
    expectWithin(b[0]!, 0.2);
    expect(a[0]!.standardError).toBeCloseTo(0.6 / Math.sqrt(12) / Math.sqrt(0.6 * 20_000), 3);
  });

  it("gives holistic acceptability (= first-rank acceptability for two options) and pairwise winning", () => {
    expect(result.holistic[0]!.value).toBeCloseTo(result.acceptability[0]![0]!.value, 12);
    expectWithin(result.pairwise[0]![1]!, 0.6);
    expectWithin(result.pairwise[1]![0]!, 0.4);
  });

  it("gives confidence factor 1 to each option at its own central weights when inputs are certain", () => {
    // At (0.7, 0.3): A 0.69 > B 0.39; at (0.2, 0.8): B 0.54 > A 0.34.
    expect(result.confidence.map((c) => c?.value)).toEqual([1, 1]);
  });
});

describe("SMAA-2 with partial preference information", () => {
  // Order C1 >= C2 restricts w to U(0.5, 1). A = (0.9, 0.2), B = (0.5, 0.9): A wins iff
  // 0.4w > 0.7(1 - w) iff w > 7/11, so b_A^1 = (1 - 7/11) / 0.5 = 8/11.
  it("draws uniformly from the weights respecting an importance order", () => {
    const p = prepared([["A", 0.9, 0.2], ["B", 0.5, 0.9]], [1, 1]);
    const result = run(p, { weights: { kind: "order", order: ["C1", "C2"] } });
    expectWithin(result.acceptability[0]![0]!, 8 / 11);
    expect(result.centralWeights[1]![0]!.value).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps the analyst's weights with 'fixed' and varies them within +-percent with 'around'", () => {
    const p = prepared([["A", 0.9, 0.2], ["B", 0.5, 0.9]], [3, 1]);
    // Fixed (0.75, 0.25): A 0.725 > B 0.6 in every draw.
    expect(run(p, { weights: { kind: "fixed" }, draws: 500 }).acceptability[0]![0]!.value).toBe(1);
    // +-50%: w1' = 0.75 (1 + 0.5 u1), w2' = 0.25 (1 + 0.5 u2), u ~ U(-1, 1); A wins iff 0.4 w1' > 0.7 w2'
    // iff 0.3 (1 + 0.5 u1) > 0.175 (1 + 0.5 u2). Exact probability by numerical integration over (u1, u2).
    let inside = 0;
    const grid = 2000;
    for (let a = 0; a < grid; a++) for (let b = 0; b < grid; b++) if (0.3 * (1 + 0.5 * (-1 + (2 * a + 1) / grid)) > 0.175 * (1 + 0.5 * (-1 + (2 * b + 1) / grid))) inside++;
    expectWithin(run(p, { weights: { kind: "around", percent: 50 } }).acceptability[0]![0]!, inside / grid ** 2);
  });

  it("leaves criteria the order does not name free ('C1 >= C2' only)", () => {
    // Under the flat Dirichlet the 6 orderings of (w1, w2, w3) are equally likely; w1 >= w2 keeps
    // w1>w2>w3, w1>w3>w2 and w3>w1>w2, and A = (1, 0, 0) beats C = (0, 0, 1) iff w1 > w3: 2 of the 3.
    const p = prepared([["A", 1, 0, 0], ["C", 0, 0, 1]], [1, 1, 1]);
    expectWithin(run(p, { weights: { kind: "order", order: ["C1", "C2"] } }).acceptability[0]![0]!, 2 / 3);
    expectWithin(run(p, { weights: { kind: "uniform" } }).acceptability[0]![0]!, 1 / 2);
  });

  it("refuses an order naming a criterion the table does not have", () => {
    const p = prepared([["A", 1, 0], ["B", 0, 1]], [1, 1]);
    const result = simulateSync(p.inputs, { draws: 10, seed: 1, weights: { kind: "order", order: ["C1", "Colour"] }, inputs: [] });
    expect(result).toEqual({ ok: false, issues: [{ code: "criterion-not-found", criterion: "Colour" }] });
  });
});

describe("SMAA-2 with uncertain inputs", () => {
  // Fixed weights (0.5, 0.5): A = (x, 0.5), B = (0.6, 0.5); A wins iff x > 0.6.
  it.each([
    // Uniform on [0.2, 1]: P(x > 0.6) = 0.4 / 0.8.
    ["uniform", 0.5],
    // Triangular (0.2, 0.4, 1): P(x > 0.6) = (1 - 0.6)^2 / ((1 - 0.2)(1 - 0.4)) = 1/3.
    ["triangular", 1 / 3],
  ] as const)("gives the winning probability of a %s input", (distribution, exact) => {
    const p = prepared([["A", 0.4, 0.5], ["B", 0.6, 0.5]], [1, 1], { ranges: [{ option: "A", criterion: "C1", low: 0.2, mode: 0.4, high: 1, distribution }] });
    const result = run(p, { weights: { kind: "fixed" } });
    expectWithin(result.acceptability[0]![0]!, exact);
    // Confidence factor of A at its central weights (0.5, 0.5) is the same probability.
    expectWithin(result.confidence[0]!, exact);
  });
});

describe("SMAA-2 bookkeeping", () => {
  const p = prepared([["A", 0.9, 0.2, 0.4], ["B", 0.3, 0.6, 0.5], ["C", 0.5, 0.5, 0.1], ["D", 0.2, 0.1, 0.9]], [1, 1, 1]);

  it("gives the same numbers for the same seed and different numbers for another", () => {
    const settings = { draws: 2500, seed: 11, weights: { kind: "uniform" as const }, inputs: [] };
    const first = simulateSync(p.inputs, settings);
    expect(simulateSync(p.inputs, settings)).toEqual(first);
    expect(simulateSync(p.inputs, { ...settings, seed: 12 })).not.toEqual(first);
  });

  it("does not depend on the order chunks run in (as Web Workers would run them)", () => {
    const settings = { draws: 3500, seed: "workers", weights: { kind: "uniform" as const }, inputs: [] };
    const ready = prepareSmaa(p.inputs, settings);
    if (!ready.ok) throw new Error("not prepared");
    const tallies = [3, 1, 0, 2].map((c) => ready.run.chunk(c, streamFor(settings.seed, c)));
    const merged = tallies.reduce(mergeTallies);
    const direct = simulateSync(p.inputs, settings);
    if (!direct.ok) throw new Error("not run");
    const fromChunks = ready.run.finish(merged);
    fromChunks.acceptability.forEach((row, i) => row.forEach((e, r) => expect(e.value).toBeCloseTo(direct.result.acceptability[i]![r]!.value, 12)));
  });

  it("has rows and columns of the acceptability matrix summing to 1, also when options tie", () => {
    const tied = prepared([["A", 0.5, 0.5], ["A copy", 0.5, 0.5], ["B", 0.2, 0.9]], [1, 1]);
    const result = run(tied, { draws: 3000 });
    for (const matrix of [run(p, { draws: 3000 }).acceptability, result.acceptability]) {
      const m = matrix.length;
      for (let i = 0; i < m; i++) expect(matrix[i]!.reduce((t, e) => t + e.value, 0)).toBeCloseTo(1, 12);
      for (let r = 0; r < m; r++) expect(matrix.reduce((t, row) => t + row[r]!.value, 0)).toBeCloseTo(1, 12);
    }
    // Identical options share their ranks exactly.
    expect(result.acceptability[0]!.map((e) => e.value)).toEqual(result.acceptability[1]!.map((e) => e.value));
  });

  it("reports progress per chunk and stops when cancelled, keeping the draws done", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await simulate(p.inputs, { draws: 10_000, seed: 1, weights: { kind: "uniform" }, inputs: [] }, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done >= 3000) controller.abort();
      },
      pause: () => Promise.resolve(),
    });
    expect(seen).toEqual([1000, 2000, 3000]);
    if (!result.ok) throw new Error("not run");
    expect(result.result.draws).toBe(3000);
    expect(result.result.issues).toEqual([{ code: "simulation-cancelled", completed: 3000, requested: 10_000 }]);
  });

  it("never produces NaN, whatever the table", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 300 }), (rows, draws) => {
        const q = prepared(rows.map((r, i) => [`O${i}`, ...r] as [string, ...number[]]), [1, 1]);
        const result = run(q, { draws });
        const numbers = [...result.acceptability.flat(), ...result.holistic, ...result.pairwise.flat(), ...result.centralWeights.flatMap((c) => c ?? []), ...result.confidence.flatMap((c) => (c ? [c] : []))];
        for (const e of numbers) {
          expect(Number.isFinite(e.value)).toBe(true);
          expect(Number.isFinite(e.standardError)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
