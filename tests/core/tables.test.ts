import { readFileSync } from "node:fs";
import * as path from "node:path";
import { CriterionSchema, readCriteriaTable, readScenariosTable, ScenarioSchema } from "../../src/core/index";

const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as {
  criteria: unknown[];
  scenarios: { name: string; description?: string; weights?: Record<string, number>; constraints?: string[] }[];
};

describe("the Criteria table", () => {
  const rows = [
    ["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function", "Uncertainty", "Distribution"],
    ["Market Size", "benefit", "currency", "", 0.25, "log", "±40%", "pert"],
    ["Our Fit", "benefit", "percent", "", 0.2, "linear", "±6%", ""],
    ["Technical Risk", "cost", "ordinal", "Low, Medium, High", 0.15, "linear", "", ""],
    ["Business Risk", "cost", "ordinal", "Low, Medium, High", 0.15, "linear", "", ""],
    ["Time to Market", "cost", "duration", "", 0.1, "linear", "±25%", ""],
    ["Venture Scale", "benefit", "yesno", "", 0.15, "linear", "", ""],
  ];

  it("reads the sample workbook's table into the sample JSON's criteria", () => {
    const { criteria, issues } = readCriteriaTable(rows);
    expect(issues).toEqual([]);
    const expected = sample.criteria.map((c) => CriterionSchema.parse(c));
    // The table spells out "linear" where the JSON leaves the value function to inference.
    expect(criteria.map((c) => CriterionSchema.parse(c))).toEqual(expected.map((c) => ({ ...c, valueFunction: c.valueFunction ?? { kind: "linear" } })));
  });

  it("accepts headers in any order and case, words analysts use, and percentages as weights", () => {
    const { criteria, issues } = readCriteriaTable([
      ["weight", "NAME", "goal", "Type", "Uncertainty"],
      ["25%", "Cost", "lower is better", "money", "±$5M"],
      [2, "Speed", "max", "number", "+-10%"],
      [null, "", null, null, null],
    ]);
    expect(issues).toEqual([]);
    expect(criteria).toEqual([
      { name: "Cost", direction: "cost", scale: { kind: "currency" }, weight: 0.25, uncertainty: { plusMinus: 5e6 } },
      { name: "Speed", direction: "benefit", scale: { kind: "number" }, weight: 2, uncertainty: { percent: 10 } },
    ]);
  });

  it("names every cell it cannot use and what it expected", () => {
    const { issues } = readCriteriaTable([
      ["Criterion", "Direction", "Scale", "Weight", "Value function", "Uncertainty", "Distribution"],
      ["A", "sideways", "colour", "heavy", "sqrt", "lots", "normal"],
      ["A", "", "", "", "", "", ""],
      ["", "cost", "", "", "", "", ""],
    ]);
    expect(issues.map((i) => (i.code === "definition-cell-invalid" ? `${i.field}@${i.cell.row},${i.cell.column}:${i.raw}` : i.code))).toEqual([
      "Direction@0,1:sideways",
      "Scale@0,2:colour",
      "Weight@0,3:heavy",
      "Value function@0,4:sqrt",
      "Distribution@0,6:normal",
      "Uncertainty@0,5:lots",
      "definition-duplicate",
      "Criterion@2,0:",
    ]);
  });

  it("needs a Criterion column", () => {
    expect(readCriteriaTable([["Weight"], [1]]).issues).toEqual([{ code: "definition-header-missing", table: "criteria", header: "Criterion" }]);
    expect(readCriteriaTable([]).issues).toHaveLength(1);
  });
});

describe("the Scenarios table", () => {
  const names = ["Market Size", "Our Fit", "Technical Risk", "Business Risk", "Time to Market", "Venture Scale"];
  it("reads weights per criterion (blank keeps the criterion's) and constraints separated by semicolons", () => {
    const rows = [
      ["Scenario", "Description", ...names, "Constraints"],
      ...sample.scenarios.map((s) => [s.name, s.description ?? "", ...names.map((n) => s.weights?.[n] ?? null), (s.constraints ?? []).join("; ")]),
    ];
    const { scenarios, issues } = readScenariosTable(rows, names);
    expect(issues).toEqual([]);
    expect(scenarios.map((s) => ScenarioSchema.parse(s))).toEqual(sample.scenarios.map((s) => ScenarioSchema.parse(s)));
  });

  it("names unusable weights, duplicates and missing names", () => {
    const { scenarios, issues } = readScenariosTable(
      [
        ["Scenario", "Our Fit", "Constraints"],
        ["Bold", "a lot", "Our Fit >= 80%\nVenture Scale = Yes"],
        ["bold", 1, ""],
        ["", 1, ""],
      ],
      names,
    );
    expect(scenarios).toEqual([{ name: "Bold", constraints: ["Our Fit >= 80%", "Venture Scale = Yes"] }]);
    expect(issues.map((i) => i.code)).toEqual(["definition-cell-invalid", "definition-duplicate", "definition-cell-invalid"]);
  });
});
