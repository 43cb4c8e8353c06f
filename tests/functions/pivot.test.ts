/** The PIVOT.* implementations called with arguments exactly as Excel passes them. */
import fc from "fast-check";
import * as pivot from "../../src/functions/pivot";

const table = [
  ["Option", "Revenue", "Quality"],
  ["A", 10, 1],
  ["B", 20, 3],
  ["C", 30, 2],
];
const criteria = [
  ["Criterion", "Direction", "Scale", "Weight"],
  ["Revenue", "benefit", "number", 0.6],
  ["Quality", "benefit", "number", 0.4],
];

describe("arguments as Excel passes them", () => {
  it("treats null, '', FALSE and an empty range as an omitted optional argument", () => {
    // Hand-worked (min-max, 0.6 / 0.4): A 0, B 0.7, C 0.8.
    const expected = [[0], [expect.closeTo(0.7, 12)], [expect.closeTo(0.8, 12)]];
    for (const none of [null, "", false, [[""]], [[null]]]) expect(pivot.score(table, criteria, none, none, none, none)).toEqual(expected);
  });

  it("reads error values, booleans and blank rows in the table, and keeps the spill lined up", () => {
    const out = pivot.score(
      [
        ["Option", "Revenue", "Venture"],
        ["A", 10, true],
        ["", "", ""],
        ["B", { code: "#N/A" }, false],
        ["C", 30, false],
      ],
      null,
    ) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual([""]);
    expect(out[2]?.[0]).toMatchObject({ error: "#N/A", message: expect.stringMatching(/table row 4, column "Revenue".*#N\/A/) });
    // A: Revenue 0, Venture 1; C: Revenue 1, Venture 0; equal weights: both 0.5.
    expect([out[0]?.[0], out[3]?.[0]]).toEqual([0.5, 0.5]);
  });

  it("passes an error in a single-value argument back out, naming the argument", () => {
    expect(pivot.score(table, criteria, { code: "#N/A" })).toEqual({ error: "#N/A", message: "The option argument is the error #N/A." });
    expect(pivot.recommend(table, criteria, 1, "#DIV/0!")).toEqual({ error: "#VALUE!", message: "The method argument is the error #DIV/0!." });
  });

  it("names the criteria table's cell it cannot use", () => {
    const out = pivot.score(table, [...criteria, ["Speed", "sideways", "number", 1]]);
    expect(out).toEqual({ error: "#VALUE!", message: 'Row 4, column 2 of the criteria table (Direction): "sideways" is not usable; expected benefit or cost.' });
  });

  it("needs a header and rows, and the Scenarios table to use a scenario", () => {
    expect(pivot.score([["Option"]])).toMatchObject({ error: "#VALUE!" });
    expect(pivot.score(5)).toMatchObject({ error: "#VALUE!" });
    expect(pivot.score(table, criteria, null, null, null, "Bold")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("Scenarios table") });
    expect(pivot.score(table, criteria, null, null, [["Scenario"], ["Careful"]], "Bold")).toEqual({ error: "#N/A", message: 'There is no scenario called "Bold"; the Scenarios table has "Careful".' });
  });

  it("applies a scenario's weights from the Scenarios table", () => {
    // All weight on Quality: 1, 3, 2 -> ranks 3, 1, 2.
    const scenarios = [["Scenario", "Revenue", "Quality"], ["Quality only", 0, 1]];
    expect(pivot.rankOf(table, criteria, null, null, scenarios, "quality only")).toEqual([[3], [1], [2]]);
  });

  it("answers #VALUE! with the reason for zero weights (Excel shows messages only with #VALUE! and #N/A)", () => {
    expect(pivot.score(table, [["Criterion", "Weight"], ["Revenue", 0], ["Quality", 0]])).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/weight/i) });
    expect(pivot.recommend(table, null, 0)).toMatchObject({ error: "#NUM!" });
  });

  it("refuses to score when a criterion's whole column is unreadable, instead of dropping it", () => {
    const out = pivot.score([["Option", "Revenue", "Quality"], ["A", "TBD", 1], ["B", "#N/A", 3], ["C", "", 2]], criteria);
    expect(out).toMatchObject({ error: "#N/A", message: expect.stringContaining("Revenue") });
  });

  it("looks names up as typed: 1.5 is not 15, and a repeated name is refused", () => {
    const t = [["Option", "Revenue"], [15, 10], [1.5, 20], ["Twin", 5], ["twin", 7]];
    // Min-max over 10, 20, 5, 7: option 1.5 scores 1, option 15 scores 1/3.
    expect(pivot.score(t, null, 1.5)).toBe(1);
    expect(pivot.score(t, null, 15)).toBeCloseTo(1 / 3, 12);
    expect(pivot.score(t, null, "TWIN")).toMatchObject({ error: "#N/A", message: expect.stringContaining("2 options are called") });
  });

  it("notices a table passed without its header row", () => {
    expect(pivot.score([["A", "$20M", "95%"], ["B", "$50B", "85%"]])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("looks like data") });
  });

  it("reads a whole-column range by its used rows, and lines the result up with them", () => {
    const whole = [...table, ...Array.from({ length: 5000 }, () => ["", null, ""])].map((row) => [...row, ""]);
    expect(pivot.score(whole, criteria)).toEqual([[0], [expect.closeTo(0.7, 12)], [expect.closeTo(0.8, 12)]]);
  });

  it("accepts a scenario's Method as analysts write it, and lets the method argument win", () => {
    // Revenue 0.8, Quality 0.2. TOPSIS worked by hand (vector normalisation: Revenue / sqrt(1400), Quality /
    // sqrt(14), weighted): A is the anti-ideal (0); B: d+ = 0.21381, d- = 0.23905 -> 0.52786; C: d+ = 0.05345,
    // d- = 0.43095 -> 0.88965. The weighted sum (min-max) gives 0, 0.8 x 0.5 + 0.2 x 1 = 0.6, 0.8 + 0.2 x 0.5 = 0.9.
    const scenarios = [["Scenario", "Method", "Revenue", "Quality"], ["Revenue first", "TOPSIS", 0.8, 0.2]];
    const viaScenario = pivot.score(table, criteria, null, null, scenarios, "Revenue first") as number[][];
    expect(viaScenario.map((r) => r[0])).toEqual([0, expect.closeTo(0.52786, 5), expect.closeTo(0.88965, 5)]);
    expect(pivot.score(table, criteria, null, "wsm", scenarios, "Revenue first")).toEqual([[0], [expect.closeTo(0.6, 12)], [expect.closeTo(0.9, 12)]]);
  });
});

describe("PIVOT.WEIGHTS", () => {
  it("reads a pairwise matrix with criterion names in its first row and column", () => {
    const out = pivot.weights([
      ["", "Fit", "Market"],
      ["Fit", 1, 3],
      ["Market", "1/3", 1],
    ]);
    // 2 x 2 reciprocal matrix: weights 3/4 and 1/4, consistent (CR 0).
    expect(out).toEqual([["Criterion", "Weight"], ["Fit", expect.closeTo(0.75, 9)], ["Market", expect.closeTo(0.25, 9)], ["Consistency ratio", 0]]);
  });

  it("gives the docs' 3 x 3 example its principal eigenvector and Saaty's consistency ratio", () => {
    // Checked by definition, not against our own numbers: A w = lambda w in every row, and
    // CR = ((lambda - n) / (n - 1)) / RI with Saaty's RI = 0.58 for n = 3.
    const a = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]];
    const out = pivot.weights([[1, 3, 5], ["1/3", 1, 2], ["1/5", "1/2", 1]]) as [string, number][];
    const w = out.slice(1, 4).map((r) => r[1]);
    const lambdas = a.map((row, i) => row.reduce((t, x, j) => t + x * (w[j] ?? 0), 0) / (w[i] ?? 1));
    for (const l of lambdas) expect(l).toBeCloseTo(lambdas[0] ?? NaN, 6);
    expect(w.reduce((t, x) => t + x, 0)).toBeCloseTo(1, 12);
    expect(out[4]?.[1]).toBeCloseTo(((lambdas[0]! - 3) / 2) / 0.58, 6);
  });

  it("names what is wrong with a pairwise matrix", () => {
    expect(pivot.weights([[1, 2], [3, 1]])).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("row 2, column 1") });
    expect(pivot.weights([[1, -2], [-0.5, 1]])).toMatchObject({ error: "#VALUE!" });
    expect(pivot.weights(table, "magic")).toMatchObject({ error: "#VALUE!" });
  });

  it("reads an importance order from one column, skipping its header", () => {
    // Rank-order centroid for 2 criteria (Barron & Barrett 1996): 3/4, 1/4.
    expect(pivot.weights([["Criterion", "Note"], ["Fit", "x"], ["Risk", "y"]], "roc")).toEqual([["Criterion", "Weight"], ["Fit", 0.75], ["Risk", 0.25]]);
  });

  it("derives entropy weights from the options table", () => {
    const out = pivot.weights(table, "entropy") as unknown[][];
    expect(out.map((r) => r[0])).toEqual(["Criterion", "Revenue", "Quality"]);
    expect((out[1]?.[1] as number) + (out[2]?.[1] as number)).toBeCloseTo(1, 12);
  });
});

describe("memoisation", () => {
  beforeEach(() => pivot.clearMemo());

  it("runs the engine once for 1,000 cells asking about the same table, and again when it changes", () => {
    const before = pivot.engineRunCount();
    for (let i = 0; i < 1000; i++) {
      // Each call gets its own copy, as Excel passes fresh arrays on every recalculation.
      const copy = table.map((row) => [...row]);
      pivot.score(copy, criteria, i % 2 === 0 ? "A" : null);
      pivot.rankOf(copy, criteria);
    }
    expect(pivot.engineRunCount() - before).toBe(1);
    pivot.score([...table.slice(0, 3), ["C", 31, 2]], criteria);
    expect(pivot.engineRunCount() - before).toBe(2);
  });

  it("is not fooled when the caller changes an array it passed before", () => {
    const mine = table.map((row) => [...row]);
    const first = pivot.score(mine, criteria);
    (mine[1] as unknown[])[1] = 40;
    // Revenue 40, 20, 30 -> A 0.6, B 0.4, C 0.5 (hand-worked in hyperformula.test.ts).
    expect(pivot.score(mine, criteria)).toEqual([[expect.closeTo(0.6, 12)], [expect.closeTo(0.4, 12)], [expect.closeTo(0.5, 12)]]);
    expect(first).toEqual([[0], [expect.closeTo(0.7, 12)], [expect.closeTo(0.8, 12)]]);
  });

  it("hands out copies, so changing one answer cannot change the next", () => {
    const first = pivot.sensitivity(table, criteria) as unknown[][];
    (first[1] as unknown[])[1] = 999;
    expect((pivot.sensitivity(table, criteria) as unknown[][])[1]?.[1]).not.toBe(999);
  });

  it("tells apart inputs that differ only in a value's type or sign", () => {
    const asText = table.map((row, i) => (i === 1 ? ["A", "10", 1] : [...row]));
    pivot.score(table, criteria);
    const before = pivot.engineRunCount();
    pivot.score(asText, criteria);
    expect(pivot.engineRunCount() - before).toBe(1);
  });
});

describe("robustness", () => {
  const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(""), fc.constant(null), fc.constantFrom({ code: "#N/A" }, "$5B", "85%", "12 months", "High", "Yes", "TBD"));
  const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 5 });

  it("never throws and never returns NaN or Infinity, whatever the ranges hold", () => {
    fc.assert(
      fc.property(grid, grid, fc.oneof(fc.constant(null), fc.string({ maxLength: 4 })), (t, c, option) => {
        const outputs = [pivot.score(t, c, option), pivot.rankOf(t), pivot.recommend(t, c, 2), pivot.contrib(t), pivot.sensitivity(t), pivot.simulate(t, null, 50), pivot.weights(t), pivot.weights(t, "critic")];
        for (const out of outputs) {
          const values = Array.isArray(out) ? out.flat() : [out];
          for (const v of values) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
