import { ProblemSchema, readDecision, finishDecision, scenarioDecision, solveDecision, withWeights, type Decision } from "../../src/core/index";

/** Freezes every object and array reachable from a value, so a test fails if the engine writes into it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// Min-max WSM by hand: Fit 0.8/0.5/0.6 -> 1, 0, 1/3; Size 2/4/9 -> 0, 2/7, 1.
const table = { header: ["Option", "Fit", "Size"], rows: [["X", "80%", 2], ["Y", "50%", 4], ["Z", "60%", 9], ["W", "TBD", 5]] };
const decision = (extra: object = {}): Decision => deepFreeze(readDecision(ProblemSchema.parse({ table, criteria: [{ name: "Fit", weight: 3 }, { name: "Size", weight: 1 }], ...extra })));

describe("a decision: the table read once", () => {
  it("keeps every named row's cells, unreadable ones as NaN with the issue naming the cell", () => {
    const d = decision();
    expect(d.cells.options.map((o) => o.name)).toEqual(["X", "Y", "Z", "W"]);
    expect(d.cells.natural[3]?.[0]).toBeNaN();
    expect(d.cells.cellIssues[3]?.[0]).toMatchObject({ code: "placeholder", cell: { row: 3, column: 1 }, option: "W", criterion: "Fit" });
    expect(d.cells.natural[0]).toEqual([0.8, 2]);
  });

  it("finishes the matrix without the row it cannot use, and says so", () => {
    const read = finishDecision(decision());
    expect(read.options.map((o) => o.name)).toEqual(["X", "Y", "Z"]);
    expect(read.issues).toContainEqual({ code: "row-excluded", option: "W", row: 3, reasons: 1 });
  });

  it("scores with the criteria's weights (3:1 -> 0.75, 0.25): X 0.75, Y 1/14, Z 0.5", () => {
    const { result } = solveDecision(decision());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [x, y, z] = result.options.map((o) => o.score);
    expect(x).toBeCloseTo(0.75, 12);
    expect(y).toBeCloseTo(0.25 * (2 / 7), 12);
    expect(z).toBeCloseTo(0.75 / 3 + 0.25, 12);
  });

  it("takes slider weights as a vector by criterion name: Size alone ranks Z first", () => {
    const { result } = solveDecision(withWeights(decision(), ["Fit", "Size"], [0, 1]));
    expect(result.ok && result.options.find((o) => o.rank === 1)?.name).toBe("Z");
  });

  it("applies a scenario to the read cells: an override fills W's cell, a constraint drops Z, the weights change", () => {
    const base = decision();
    const read = finishDecision(base);
    const shaped = scenarioDecision(base, read, [0.75, 0.25], {
      name: "S",
      overrides: [{ option: "W", criterion: "Fit", value: "90%" }],
      constraints: ["Size <= 5"],
      weights: { Fit: 1, Size: 0 },
    });
    expect(shaped.issues).toEqual([{ code: "option-excluded-by-constraint", scenario: "S", option: "Z", row: 2, constraint: "Size <= 5", value: 9 }]);
    const { result } = solveDecision(shaped.decision);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Fit alone over X 0.8, Y 0.5, W 0.9: W first, X second.
    expect(result.options.map((o) => [o.name, o.rank])).toEqual([["X", 2], ["Y", 3], ["W", 1]]);
  });
});
