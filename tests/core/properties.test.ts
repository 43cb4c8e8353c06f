/** Invariants every method and weighting must keep, on random problems (fast-check). */
import fc from "fast-check";
import {
  ahpWeights,
  criticWeights,
  entropyWeights,
  METHOD_NAMES,
  normalizeWeights,
  rankOrderCentroid,
  rankSum,
  runMethod,
  MethodSpecSchema,
  solve,
  type MethodInput,
  type MethodName,
} from "../../src/core/index";

/** Any finite double, subnormals included: for "never NaN" properties. */
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
/**
 * Values as analysts type them (two decimals, up to a million). Options one ulp apart make TOPSIS's
 * closeness ill-conditioned (D+ and D- both ~1e-16), so order-based properties use these instead.
 */
const typed = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((k) => k / 100);
const positive = fc.integer({ min: 1, max: 100_000_000 }).map((k) => k / 100);

/** A random problem: m options x n criteria with values from `cell`, random directions and weights summing to 1. */
const problem = (cell: fc.Arbitrary<number>) =>
  fc.integer({ min: 2, max: 7 }).chain((m) =>
    fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        values: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        directions: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: n, maxLength: n }),
        rawWeights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      }),
    ),
  ).map(({ values, directions, rawWeights }): MethodInput => {
    const total = rawWeights.reduce((t, w) => t + w, 0);
    return {
      values,
      directions,
      weights: rawWeights.map((w) => w / total),
      criteria: directions.map((_, j) => `c${j}`),
      options: values.map((_, i) => `o${i}`),
    };
  });

const spec = (name: MethodName) => MethodSpecSchema.parse({ name });
const ratioMethods: ReadonlySet<MethodName> = new Set(["wpm", "copras"]);

describe("every method", () => {
  it.each(METHOD_NAMES.map((m) => [m]))("%s: returns finite scores for any finite matrix (or refuses with an issue)", (name) => {
    fc.assert(
      fc.property(problem(finite), (input) => {
        const result = runMethod(spec(name), input);
        if (!result.ok) {
          expect(ratioMethods.has(name)).toBe(true);
          expect(result.issues[0]?.code).toBe("method-requires-positive");
          return;
        }
        expect(result.scores.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it.each(METHOD_NAMES.map((m) => [m]))("%s: permuting the options permutes the scores", (name) => {
    fc.assert(
      fc.property(problem(positive), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const order = input.values.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const permuted: MethodInput = { ...input, values: order.map((i) => input.values[i] ?? []), options: order.map((i) => input.options[i] ?? "") };
        const a = runMethod(spec(name), input);
        const b = runMethod(spec(name), permuted);
        if (!a.ok || !b.ok) throw new Error("positive input must be accepted");
        order.forEach((i, k) => expect(b.scores[k]).toBeCloseTo(a.scores[i] ?? NaN, 9));
      }),
    );
  });
});

describe("scale invariance", () => {
  it.each([
    ["wsm", "vector"],
    ["wsm", "max"],
    ["topsis", "vector"],
    ["topsis", "max"],
  ] as const)("%s with %s normalisation: scaling a benefit column by c > 0 keeps the ranks", (name, normalization) => {
    fc.assert(
      fc.property(problem(positive), fc.constantFrom(0.001, 0.25, 3, 1000, 1e6), fc.nat(), (input, c, pick) => {
        const j = pick % input.criteria.length;
        const directions = input.directions.map((d, k) => (k === j ? "benefit" : d));
        const before = runMethod(MethodSpecSchema.parse({ name, normalization }), { ...input, directions });
        const after = runMethod(MethodSpecSchema.parse({ name, normalization }), { ...input, directions, values: input.values.map((row) => row.map((x, k) => (k === j ? x * c : x))) });
        if (!before.ok || !after.ok) throw new Error("unexpected failure");
        before.scores.forEach((s, i) => expect(after.scores[i]).toBeCloseTo(s, 9));
      }),
    );
  });
});

describe("monotonicity", () => {
  it("improving an option on a benefit criterion never lowers its weighted-sum score", () => {
    fc.assert(
      fc.property(problem(typed), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 100_000_000 }).map((k) => k / 100), (input, pi, pj, gain) => {
        const i = pi % input.options.length;
        const j = pj % input.criteria.length;
        const directions = input.directions.map((d, k) => (k === j ? "benefit" : d));
        for (const normalization of ["min-max", "vector", "max", "sum", "none"] as const) {
          const method = MethodSpecSchema.parse({ name: "wsm", normalization });
          const before = runMethod(method, { ...input, directions });
          const after = runMethod(method, { ...input, directions, values: input.values.map((row, r) => row.map((x, k) => (r === i && k === j ? x + gain : x))) });
          if (!before.ok || !after.ok) throw new Error("unexpected failure");
          // Its own score; others' may move too, since the column's range or norm changes.
          expect(after.scores[i]).toBeGreaterThanOrEqual((before.scores[i] ?? 0) - 1e-12);
        }
      }),
    );
  });
});

describe("weights always sum to 1", () => {
  const sumsToOne = (weights: readonly number[]): void => {
    expect(weights.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
    expect(weights.reduce((t, w) => t + w, 0)).toBeCloseTo(1, 12);
  };
  it("direct weights", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }), (raw) => {
      const result = normalizeWeights(raw.map((_, j) => `c${j}`), raw);
      if (result.ok) sumsToOne(result.weights);
      else expect(raw.every((w) => w === 0)).toBe(true);
    }));
  });
  it("ROC and rank-sum, with ties", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }), (ranks) => {
      sumsToOne(rankOrderCentroid(ranks));
      sumsToOne(rankSum(ranks));
    }));
  });
  it("AHP from any positive reciprocal matrix", () => {
    const judgement = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9);
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 }).chain((n) => fc.array(judgement, { minLength: n * n, maxLength: n * n }).map((cells) => ({ n, cells }))), ({ n, cells }) => {
      const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? (cells[i * n + j] ?? 1) : 1 / (cells[j * n + i] ?? 1))));
      const result = ahpWeights(matrix);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      sumsToOne(result.weights);
      expect(result.ci).toBeGreaterThanOrEqual(0);
    }));
  });
  it("entropy and CRITIC whenever the data varies", () => {
    fc.assert(fc.property(problem(positive), (input) => {
      const entropy = entropyWeights(input.values, input.criteria, input.options);
      if (entropy.ok) sumsToOne(entropy.weights);
      const critic = criticWeights(input.values, input.directions);
      if (critic.ok) sumsToOne(critic.weights);
    }));
  });
});

describe("solve never throws and never returns NaN", () => {
  const junk = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("$50B", "85%", "12 months", "High", "Yes", "#N/A", "TBD", "-$3M", "150%", "fifty", "6-12 months", ""),
  );
  it("on tables of arbitrary cells", () => {
    fc.assert(
      fc.property(fc.array(fc.array(junk, { minLength: 4, maxLength: 4 }), { maxLength: 8 }), fc.constantFrom(...METHOD_NAMES), fc.constantFrom("exclude" as const, "worst" as const), (rows, method, onInvalid) => {
        const result = solve({ method, onInvalid, table: { header: ["Name", "A", "B", "C"], rows: rows.map((r, i) => [`opt ${i}`, ...r.slice(1)]) } });
        if (result.ok) {
          for (const option of result.options) expect(Number.isFinite(option.score)).toBe(true);
        } else if (result.reason === "unsolvable") {
          expect(result.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
  it("on arbitrary JSON: refuses it as an invalid problem with field paths", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = solve(value);
      expect(result.ok).toBe(false);
      if (result.ok || result.reason !== "invalid-problem") throw new Error("arbitrary JSON is never a valid problem here");
      expect(result.problems.length).toBeGreaterThan(0);
    }));
  });
});
