import { assembleProblem, MethodSpecSchema } from "../../src/core/index";

const options = { rows: [["Option", "Fit", "Size"], ["X", "80%", 2], ["Y", "50%", 4]], name: "Opportunities" };

describe("assembleProblem", () => {
  it("makes the problem from the options table alone, with the method and simulation given", () => {
    const { problem, issues } = assembleProblem({ options }, { method: MethodSpecSchema.parse("topsis"), simulation: { draws: 500, seed: "s", weights: { kind: "fixed" } } });
    expect(issues).toEqual([]);
    expect(problem?.table?.header).toEqual(["Option", "Fit", "Size"]);
    expect(problem?.method).toEqual({ name: "topsis", normalization: "vector" });
    expect(problem?.simulation).toMatchObject({ draws: 500, seed: "s", weights: { kind: "fixed" } });
  });

  it("stops at a Criteria table it cannot read, naming the table and the cell", () => {
    const criteria = { rows: [["Criterion", "Direction"], ["Fit", "sideways"]], name: "Criteria" };
    const { problem, issues } = assembleProblem({ options, criteria });
    expect(problem).toBeUndefined();
    expect(issues).toEqual([{ code: "definition-cell-invalid", table: "criteria", tableName: "Criteria", cell: { row: 0, column: 1 }, field: "Direction", raw: "sideways", expected: "benefit or cost" }]);
  });

  it("keeps the problem when the Scenarios table has an unusable cell, and says which", () => {
    const scenarios = { rows: [["Scenario", "Fit"], ["Fit only", "lots"], ["Even", 1]] };
    const { problem, issues } = assembleProblem({ options, scenarios });
    expect(problem?.scenarios.map((s) => s.name)).toEqual(["Fit only", "Even"]);
    expect(issues).toEqual([expect.objectContaining({ code: "definition-cell-invalid", table: "scenarios", cell: { row: 0, column: 1 }, raw: "lots" })]);
    expect(issues[0]).not.toHaveProperty("tableName");
  });

  it("says when the options table cannot make a problem, with each field's reason", () => {
    const { problem, issues } = assembleProblem({ options: { rows: [] , name: "Empty" } });
    expect(problem).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: "table-unusable", table: "options", tableName: "Empty" });
  });
});
