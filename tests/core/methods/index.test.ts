/** The method registry: the names, the spec schema, runMethod and the linear set all come from its records. */
import fc from "fast-check";
import { LINEAR_METHODS, METHOD_NAMES, METHODS, MethodSpecSchema, runMethod, type MethodInput, type MethodResult, type MethodSpec } from "../../../src/core/methods/index";
import { NORMALIZATIONS } from "../../../src/core/normalize";

type AnyMethod = (typeof METHODS)[number];
/** A record's run on a spec of its own: the pairing the schema guarantees and TypeScript cannot see. */
const runRecord = (method: AnyMethod, spec: MethodSpec, input: MethodInput): MethodResult<object> => (method.run as (input: MethodInput, settings: MethodSpec) => MethodResult<object>)(input, spec);

const records = METHODS.map((method) => [method.name, method] as const);

/** Three options, positive values, a benefit and a cost criterion: every method accepts it. */
const small: MethodInput = {
  values: [
    [3, 20],
    [5, 40],
    [4, 10],
  ],
  directions: ["benefit", "cost"],
  weights: [0.6, 0.4],
  criteria: ["Gain", "Cost"],
  options: ["A", "B", "C"],
};

describe("the registry", () => {
  it("names each record once, in the registry's order, and no alias twice or as another method's name", () => {
    expect(METHOD_NAMES).toEqual(METHODS.map((method) => method.name));
    const names = [...METHOD_NAMES, ...METHODS.flatMap((method) => method.aliases ?? [])];
    expect(new Set(names).size).toBe(names.length);
  });

  it("holds as linear exactly the records marked so", () => {
    expect([...LINEAR_METHODS]).toEqual(METHODS.filter((method) => method.linear).map((method) => method.name));
  });

  it.each(records)("%s: the spec schema reads its name in any case, its aliases and its settings' defaults", (name, method) => {
    const spec = { name, ...method.settings.parse({}) };
    expect(MethodSpecSchema.parse(name)).toEqual(spec);
    expect(MethodSpecSchema.parse(` ${name.toUpperCase()} `)).toEqual(spec);
    expect(MethodSpecSchema.parse({ name })).toEqual(spec);
    for (const alias of method.aliases ?? []) expect(MethodSpecSchema.parse(alias.toUpperCase().replace(" ", "  "))).toEqual(spec);
    expect(MethodSpecSchema.safeParse({ name, unknownSetting: 1 }).success).toBe(false);
  });

  it.each(records)("%s: runMethod runs the record and tags its details with the name", (name, method) => {
    const spec = MethodSpecSchema.parse(name);
    const own = runRecord(method, spec, small);
    if (!own.ok) throw new Error(JSON.stringify(own.issues));
    expect(runMethod(spec, small)).toEqual({ ...own, details: { method: name, ...own.details } });
  });

  it("reads the known aliases", () => {
    expect(["Weighted sum", "SAW", "Weighted product", "PROMETHEE", "Promethee II"].map((text) => MethodSpecSchema.parse(text).name)).toEqual(["wsm", "wsm", "wpm", "promethee2", "promethee2"]);
  });
});

/**
 * What the evaluator (src/core/analysis/evaluator.ts) does with a linear method: it runs it once per unit
 * weight vector e_j and from then on scores weights w summing to 1 as sum_j w_j score(e_j), taking higher
 * as better. So a linear record must be defined at every e_j, score w as that sum, and say higher is better.
 */
describe("every method the registry marks linear", () => {
  /** Settings worth varying: each normalisation, each kind of preference function. */
  const variants: readonly unknown[] = [
    ...NORMALIZATIONS.map((normalization) => ({ name: "wsm", normalization })),
    ...[{ type: "u-shape", q: 0.5 }, { type: "v-shape", p: 2 }, { type: "level", q: 0.5, p: 2 }, { type: "linear", q: 0.5, p: 2 }, { type: "gaussian", s: 1 }].map((f) => ({ name: "promethee2", default: f })),
  ];
  const specs = new Map(
    METHODS.filter((method) => method.linear)
      .flatMap((method) => [MethodSpecSchema.parse(method.name), ...variants.map((v) => MethodSpecSchema.parse(v)).filter((spec) => spec.name === method.name)])
      .map((spec) => [JSON.stringify(spec), spec] as const),
  );

  const cell = fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100);
  /** Weights summing to 1, zeros allowed. */
  const simplex = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }).map((raw) => {
      const total = raw.reduce((t, w) => t + w, 0);
      return total > 0 ? raw.map((w) => w / total) : raw.map(() => 1 / n);
    });
  // Two criteria at least: with one, every weighting is (1).
  const matrix = fc.integer({ min: 2, max: 6 }).chain((m) =>
    fc.integer({ min: 2, max: 4 }).chain((n) =>
      fc.record({
        values: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        directions: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: n, maxLength: n }),
        w1: simplex(n),
        w2: simplex(n),
        a: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      }),
    ),
  );
  const scores = (spec: MethodSpec, values: number[][], directions: MethodInput["directions"], weights: readonly number[]) => {
    const result = runMethod(spec, { values, directions, weights, criteria: directions.map((_, j) => `c${j}`), options: values.map((_, i) => `o${i}`), detail: "scores" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.higherIsBetter).toBe(true);
    return result.scores;
  };
  const expectNear = (actual: readonly number[], expected: readonly number[]) => {
    const scale = Math.max(1, ...expected.map(Math.abs));
    expected.forEach((e, i) => expect(Math.abs((actual[i] ?? NaN) - e)).toBeLessThanOrEqual(1e-9 * scale));
  };

  it.each([...specs])("%s: score(a w1 + (1 - a) w2) = a score(w1) + (1 - a) score(w2)", (_label, spec) => {
    fc.assert(
      fc.property(matrix, ({ values, directions, w1, w2, a }) => {
        const mixed = w1.map((w, j) => a * w + (1 - a) * (w2[j] ?? 0));
        const s1 = scores(spec, values, directions, w1);
        const s2 = scores(spec, values, directions, w2);
        expectNear(
          scores(spec, values, directions, mixed),
          s1.map((s, i) => a * s + (1 - a) * (s2[i] ?? 0)),
        );
      }),
    );
  });

  it.each([...specs])("%s: score(w) = sum_j w_j score(e_j), as the evaluator computes it", (_label, spec) => {
    fc.assert(
      fc.property(matrix, ({ values, directions, w1 }) => {
        const n = directions.length;
        const byUnit = directions.map((_, j) => scores(spec, values, directions, Array.from({ length: n }, (__, k) => (k === j ? 1 : 0))));
        expectNear(
          scores(spec, values, directions, w1),
          values.map((_, i) => byUnit.reduce((t, column, j) => t + (w1[j] ?? 0) * (column[i] ?? 0), 0)),
        );
      }),
    );
  });
});

describe("a method the registry does not mark linear", () => {
  const scoreOfA = (values: MethodInput["values"], weights: number[], method: MethodSpec) => {
    const result = runMethod(method, { values, directions: ["benefit", "benefit"], weights, criteria: ["X", "Y"], options: ["A", "B"] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.scores[0] ?? NaN;
  };

  it.each([
    // A = (4, 1), B = (1, 4): A's ratios to the best are (1, 0.25), so its score is 0.25^w_Y.
    ["the weighted product", "wpm", [[4, 1], [1, 4]], 1, 0.25, 0.5],
    // No normalisation, A = (2, 0), B = (0, 1). At (1, 0) A is the ideal, at (0, 1) the anti-ideal. At
    // (0.5, 0.5) A = (1, 0), the ideal (1, 0.5), the anti-ideal (0, 0): D+ = 0.5, D- = 1, C = 1 / 1.5.
    ["TOPSIS", { name: "topsis", normalization: "none" }, [[2, 0], [0, 1]], 1, 0, 2 / 3],
  ] as const)("%s: A's score at weights (0.5, 0.5) is not halfway between its scores at (1, 0) and (0, 1)", (_label, written, values, atX, atY, halfway) => {
    const spec = MethodSpecSchema.parse(written);
    expect(LINEAR_METHODS.has(spec.name)).toBe(false);
    expect(scoreOfA(values, [1, 0], spec)).toBeCloseTo(atX, 12);
    expect(scoreOfA(values, [0, 1], spec)).toBeCloseTo(atY, 12);
    expect(scoreOfA(values, [0.5, 0.5], spec)).toBeCloseTo(halfway, 12);
    expect(Math.abs(halfway - (atX + atY) / 2)).toBeGreaterThan(0.1);
  });
});
