import fc from "fast-check";
import { METHOD_NAMES, MethodSpecSchema, rank, runMethod, solve, type Solution } from "../../../src/core/index";
import { movedWeights, scoringModel } from "../../../src/core/analysis/evaluator";
import { weightSensitivity, type Interval } from "../../../src/core/analysis/weight-sensitivity";

function solved(method: unknown, weights: number[], rows: [string, ...number[]][], directions?: ("benefit" | "cost")[]): Solution {
  const result = solve({
    method,
    criteria: weights.map((weight, j) => ({ name: `C${j + 1}`, direction: directions?.[j] ?? "benefit", scale: "number", weight })),
    options: rows.map(([name, ...values]) => ({ name, values })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

describe("weight sensitivity: hand-worked weighted sum", () => {
  // A = (0.8, 0.2), B = (0.3, 0.9), C = (0.5, 0.5), weights (0.6, 0.4), no normalisation.
  // Scores: A 0.56, B 0.54, C 0.50. With w1 = x and w2 = 1 - x: A = 0.2 + 0.6x, B = 0.9 - 0.6x, C = 0.5.
  // A = B at x = 7/12, A = C at x = 1/2, B = C at x = 2/3.
  const solution = solved({ name: "wsm", normalization: "none" }, [0.6, 0.4], [
    ["A", 0.8, 0.2],
    ["B", 0.3, 0.9],
    ["C", 0.5, 0.5],
  ]);
  const result = weightSensitivity(scoringModel(solution));

  it("is exact for a linear method", () => {
    expect(result.exact).toBe(true);
  });

  it("gives the weight range keeping the top choice: A stays first for w1 in [7/12, 1]", () => {
    const c1 = result.intervals[0];
    expect(c1?.top.low).toBeCloseTo(7 / 12, 12);
    expect(c1?.top.high).toBe(1);
    expect(c1?.top.lowBound).toMatchObject({ overtaken: "A", challenger: "B" });
    expect(c1?.top.highBound).toBeUndefined();
  });

  it("gives the weight range keeping the whole ranking: A > B > C for w1 in [7/12, 2/3]", () => {
    const c1 = result.intervals[0];
    expect(c1?.ranking.low).toBeCloseTo(7 / 12, 12);
    expect(c1?.ranking.high).toBeCloseTo(2 / 3, 12);
    expect(c1?.ranking.highBound).toMatchObject({ overtaken: "B", challenger: "C" });
    // The same statements for w2 = 1 - w1.
    const c2 = result.intervals[1];
    expect(c2?.top.low).toBe(0);
    expect(c2?.top.high).toBeCloseTo(5 / 12, 12);
    expect(c2?.ranking.low).toBeCloseTo(1 / 3, 12);
    expect(c2?.ranking.high).toBeCloseTo(5 / 12, 12);
  });

  it("gives Triantaphyllou & Sanchez's delta = (P_a - P_b) / (a_bk - a_ak) for each pair and criterion", () => {
    const swap = (better: string, worse: string, criterion: string) => result.swaps.find((s) => s.better === better && s.worse === worse && s.criterion === criterion);
    // (A, B) on C1: (0.56 - 0.54) / (0.3 - 0.8) = -0.04, relative -0.04 / 0.6.
    expect(swap("A", "B", "C1")?.delta).toBeCloseTo(-0.04, 12);
    expect(swap("A", "B", "C1")?.relative).toBeCloseTo(-0.04 / 0.6, 12);
    // (A, B) on C2: 0.02 / (0.9 - 0.2) = 0.028571..., relative 0.0714...
    expect(swap("A", "B", "C2")?.delta).toBeCloseTo(0.02 / 0.7, 12);
    expect(swap("A", "B", "C2")?.relative).toBeCloseTo(0.02 / 0.7 / 0.4, 12);
    // (A, C) on C1: 0.06 / (0.5 - 0.8) = -0.2; on C2: 0.06 / (0.5 - 0.2) = 0.2.
    expect(swap("A", "C", "C1")?.delta).toBeCloseTo(-0.2, 12);
    expect(swap("A", "C", "C2")?.delta).toBeCloseTo(0.2, 12);
    // (B, C) on C1: 0.04 / (0.5 - 0.3) = 0.2; on C2: 0.04 / (0.5 - 0.9) = -0.1.
    expect(swap("B", "C", "C1")?.delta).toBeCloseTo(0.2, 12);
    expect(swap("B", "C", "C2")?.delta).toBeCloseTo(-0.1, 12);
    expect(result.swaps).toHaveLength(6);
  });

  it("names the most critical criterion, which differs between absolute and relative change", () => {
    // Absolute: |0.0286| on C2 is the smallest; relative: |0.0667| on C1 beats |0.0714| on C2.
    expect(result.critical.top.absolute).toMatchObject({ criterion: "C2", worse: "B" });
    expect(result.critical.top.relative).toMatchObject({ criterion: "C1", worse: "B" });
    expect(result.critical.any.absolute).toMatchObject({ criterion: "C2", better: "A", worse: "B" });
  });

  it("gives spider points at the crossings with the tied scores there", () => {
    const series = result.spider[0];
    const weights = series?.points.map((p) => p.weight) ?? [];
    for (const x of [0, 0.5, 7 / 12, 0.6, 2 / 3, 1]) expect(weights.some((w) => Math.abs(w - x) < 1e-12)).toBe(true);
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    const atCurrent = series?.points.find((p) => p.weight === 0.6);
    expect(atCurrent?.scores[0]).toBeCloseTo(0.56, 12);
    const atCross = series?.points.find((p) => Math.abs(p.weight - 7 / 12) < 1e-12);
    expect(atCross?.ranks.slice(0, 2)).toEqual([1, 1]);
  });
});

describe("weight sensitivity: hand-worked PROMETHEE II (usual preference)", () => {
  // A = (3, 1), B = (2, 3), C = (1, 2), both benefits. Single-criterion net flows (1/(m-1)) sum_b
  // [P(a,b) - P(b,a)]: C1 A 1, B 0, C -1; C2 A -1, B 1, C 0. With w1 = x, w2 = 1 - x:
  // phi(A) = 2x - 1, phi(B) = 1 - x, phi(C) = -x. At x = 0.5: B 0.5 > A 0 > C -0.5.
  // B stays first while 1 - x > 2x - 1, x < 2/3; A stays above C while 2x - 1 > -x, x > 1/3.
  const solution = solved("promethee2", [1, 1], [
    ["A", 3, 1],
    ["B", 2, 3],
    ["C", 1, 2],
  ]);
  const result = weightSensitivity(scoringModel(solution));

  it("gives the closed-form intervals", () => {
    expect(result.exact).toBe(true);
    expect(solution.options.map((o) => o.score)).toEqual([0, 0.5, -0.5]);
    const c1 = result.intervals[0];
    expect([c1?.top.low, c1?.top.high]).toEqual([0, expect.closeTo(2 / 3, 12)]);
    expect(c1?.top.highBound).toMatchObject({ overtaken: "B", challenger: "A" });
    expect([c1?.ranking.low, c1?.ranking.high]).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)]);
    expect(c1?.ranking.lowBound).toMatchObject({ overtaken: "A", challenger: "C" });
  });
});

/** Top choice and ranking by brute force: runs the method itself at each swept weight. */
function bruteForce(solution: Solution, k: number, x: number): { top: number[]; ranks: number[] } {
  const weights = Array.from(movedWeights(solution.weights, k, x));
  const result = runMethod(solution.method, { values: solution.values, directions: solution.criteria.map((c) => c.direction), weights, criteria: solution.criteria.map((c) => c.name), options: solution.options.map((o) => o.name) });
  if (!result.ok) throw new Error("method failed");
  const ranks = rank(result.scores, result.higherIsBetter);
  return { top: ranks.flatMap((r, i) => (r === 1 ? [i] : [])), ranks };
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Walks from w0 in steps of `step` and returns the first weight where `changed` holds (or the end). */
function firstChange(w0: number, direction: 1 | -1, step: number, changed: (x: number) => boolean): number | undefined {
  for (let x = w0 + direction * step; direction > 0 ? x <= 1 : x >= 0; x += direction * step) if (changed(x)) return x;
  return undefined;
}

function checkAgainstSweep(solution: Solution, k: number, property: "top" | "ranking", found: Interval, step: number): void {
  const base = bruteForce(solution, k, solution.weights[k] ?? 0);
  const changed = (x: number) => {
    const now = bruteForce(solution, k, x);
    return property === "top" ? !same(now.top, base.top) : !same(now.ranks, base.ranks);
  };
  const w0 = solution.weights[k] ?? 0;
  const up = firstChange(w0, 1, step, changed);
  const down = firstChange(w0, -1, step, changed);
  // The first change seen by the sweep lies within one step beyond the reported bound (or nothing changes).
  if (up === undefined) expect(found.high).toBeGreaterThan(1 - step);
  else {
    expect(found.high).toBeLessThanOrEqual(up + 1e-9);
    expect(found.high).toBeGreaterThan(up - step - 1e-9);
  }
  if (down === undefined) expect(found.low).toBeLessThan(step);
  else {
    expect(found.low).toBeGreaterThanOrEqual(down - 1e-9);
    expect(found.low).toBeLessThan(down + step + 1e-9);
  }
}

describe("weight sensitivity against a brute-force sweep", () => {
  const problem = fc.record({
    rows: fc.array(fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 5 }),
    weights: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 3, maxLength: 3 }),
    cost: fc.boolean(),
  });

  for (const name of METHOD_NAMES) {
    it(`finds the same stability intervals as a sweep in steps of 0.001 (${name})`, () => {
      fc.assert(
        fc.property(problem, ({ rows, weights, cost }) => {
          const solution = solved(MethodSpecSchema.parse(name), weights, rows.map((r, i) => [`O${i}`, ...r] as [string, ...number[]]), cost ? ["benefit", "benefit", "cost"] : undefined);
          const result = weightSensitivity(scoringModel(solution), { spider: false });
          result.intervals.forEach((interval, k) => {
            checkAgainstSweep(solution, k, "top", interval.top, 1e-3);
            checkAgainstSweep(solution, k, "ranking", interval.ranking, 1e-3);
          });
        }),
        { numRuns: 8, seed: 20261125 },
      );
    });
  }
});

describe("weight sensitivity on degenerate problems", () => {
  it("has nothing to move with one criterion", () => {
    const result = weightSensitivity(scoringModel(solved("wsm", [1], [["A", 1], ["B", 2]])));
    expect(result.intervals).toEqual([]);
    expect(result.swaps).toEqual([]);
  });

  it("keeps a single option on top over the whole range", () => {
    const result = weightSensitivity(scoringModel(solved("topsis", [1, 1], [["A", 1, 2]])));
    expect(result.intervals.map((i) => [i.top.low, i.top.high])).toEqual([[0, 1], [0, 1]]);
  });

  it("rescales equally when the moving criterion holds all the weight", () => {
    expect(Array.from(movedWeights([1, 0, 0], 0, 0.4))).toEqual([0.4, 0.3, 0.3]);
    expect(Array.from(movedWeights([0.5, 0.3, 0.2], 0, 0.75))).toEqual([0.75, 0.15, 0.1]);
  });
});

describe("pair swaps and critical criteria (review findings)", () => {
  it("takes the crossing with the smallest |delta|, not the nearest rescaled weight", () => {
    // TOPSIS; a pair crossing on both sides of the current weight (found by the review's random search).
    const solution = solved("topsis", [0.149, 0.515, 1.083], [
      ["O0", 61, 38, 88],
      ["O1", 33, 23, 43],
      ["O2", 73, 40, 90],
    ], ["cost", "benefit", "cost"]);
    const result = weightSensitivity(scoringModel(solution), { spider: false });
    const w0 = solution.weights[1] ?? 0;
    for (const swap of result.swaps.filter((s) => s.criterion === "C2")) {
      const better = solution.options.findIndex((o) => o.name === swap.better);
      const worse = solution.options.findIndex((o) => o.name === swap.worse);
      // Every crossing of the pair by a fine sweep of the rescaled weight, as T&S deltas.
      const deltas: number[] = [];
      let previous: number | undefined;
      for (let x = 0; x < 1; x += 1e-4) {
        const { ranks } = bruteForce(solution, 1, x);
        const ahead = (ranks[better] ?? 0) < (ranks[worse] ?? 0) ? 1 : -1;
        if (previous !== undefined && ahead !== previous) deltas.push((x - w0) / (1 - x));
        previous = ahead;
      }
      const smallest = deltas.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
      expect(Math.abs(swap.delta - smallest)).toBeLessThan(2e-3);
    }
  });

  it("judges the top choice's critical criterion by option, not by name, when names repeat", () => {
    // Two options called X: the first is on top, the second third. Pairs of the second X are not the top's.
    const solution = solved({ name: "wsm", normalization: "none" }, [1, 1], [
      ["X", 0.9, 0.8],
      ["Y", 0.95, 0.3],
      ["X", 0.5, 0.55],
      ["Z", 0.52, 0.52],
    ]);
    const result = weightSensitivity(scoringModel(solution));
    const top = result.critical.top.absolute;
    expect(top?.better).toBe("X");
    // The first X's closest challenger is Y; the (X second, Z) swap is much smaller but not about the top.
    expect(top?.worse).toBe("Y");
    expect(result.critical.any.absolute?.worse).toBe("Z");
  });
});
