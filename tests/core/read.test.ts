import { readTable, solve, type TableInput } from "../../src/core/index";
import { readFileSync } from "node:fs";
import * as path from "node:path";

const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as { table: TableInput };

describe("inferring criteria from the seed's Pivot Evaluation Framework", () => {
  const read = readTable(sample.table, { onInvalid: "exclude" });
  const byName = Object.fromEntries(read.criteria.map((c) => [c.name, c]));

  it("takes the first text column as the options' names", () => {
    expect(read.nameColumn).toBe(0);
    expect(read.options.map((o) => o.name)).toEqual(["Learned DB", "ML Infra", "Edge Computing", "HFT Network", "Dev Tools", "Zero Trust", "Blockchain"]);
  });
  it("recognises each column's scale, direction and value function", () => {
    expect(byName["Market Size"]).toMatchObject({ scale: { kind: "currency" }, direction: "benefit", valueFunction: { kind: "log" } });
    expect(byName["Our Fit"]).toMatchObject({ scale: { kind: "percent" }, direction: "benefit", valueFunction: { kind: "linear" } });
    expect(byName["Technical Risk"]).toMatchObject({ scale: { kind: "ordinal" }, direction: "cost" });
    expect(byName["Business Risk"]).toMatchObject({ scale: { kind: "ordinal" }, direction: "cost" });
    expect(byName["Time to Market"]).toMatchObject({ scale: { kind: "duration" }, direction: "cost" });
    expect(byName["Venture Scale"]).toMatchObject({ scale: { kind: "yesno" }, direction: "benefit" });
    expect(read.issues).toEqual([]);
  });
  it("reads values in canonical units: $20M = 2e7, 95% = 0.95, Low = 1, 6 months = 6, No = 0", () => {
    expect(read.natural[0]).toEqual([2e7, 0.95, 1, 3, 6, 0]);
    expect(read.values[0]?.[0]).toBeCloseTo(Math.log10(2e7), 12);
  });
  it("lets a definition override what was inferred", () => {
    const overridden = readTable(sample.table, { onInvalid: "exclude", criteria: [{ name: "Market Size", scale: { kind: "currency" }, valueFunction: { kind: "linear" } }] });
    expect(overridden.criteria).toHaveLength(1);
    expect(overridden.criteria[0]).toMatchObject({ valueFunction: { kind: "linear" }, inferred: ["direction"] });
  });
});

describe("unreadable cells in an analyst's table", () => {
  const table: TableInput = {
    header: ["Option", "Market", "Fit", "Notes"],
    rows: [
      ["Alpha", "$50B", "90%", "keep"],
      ["Beta", "TBD", "80%", ""],
      ["Gamma", "$5B", "#N/A", "x"],
      ["Delta", "$10B", "70%", ""],
      [null, null, null, null],
      ["", "$1B", "50%", ""],
    ],
  };

  it("names the row, column, option and criterion of each bad cell and leaves notes alone", () => {
    const read = readTable(table, { onInvalid: "exclude" });
    expect(read.criteria.map((c) => c.name)).toEqual(["Market", "Fit"]);
    expect(read.issues).toEqual(
      expect.arrayContaining([
        { code: "placeholder", raw: "TBD", cell: { row: 1, column: 1 }, option: "Beta", criterion: "Market" },
        { code: "excel-error", raw: "#N/A", cell: { row: 2, column: 2 }, option: "Gamma", criterion: "Fit" },
        { code: "missing-name", row: 5, cell: { row: 5, column: 0 } },
        { code: "row-excluded", option: "Beta", row: 1, reasons: 1 },
        { code: "row-excluded", option: "Gamma", row: 2, reasons: 1 },
      ]),
    );
    expect(read.options.map((o) => o.name)).toEqual(["Alpha", "Delta"]);
  });

  it("with onInvalid 'worst', keeps the option and gives it the others' worst value", () => {
    const read = readTable(table, { onInvalid: "worst" });
    expect(read.options.map((o) => o.name)).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
    const beta = read.options.findIndex((o) => o.name === "Beta");
    // Market is log-valued (50B / 5B spans only 10x, so linear): worst of 50B, 5B, 10B is 5B.
    expect(read.natural[beta]?.[0]).toBe(5e9);
    expect(read.issues).toContainEqual({ code: "value-replaced-by-worst", option: "Beta", criterion: "Market", row: 1, value: 5e9 });
  });

  it("drops a criterion no option has a value for instead of dropping every option", () => {
    const read = readTable({ header: ["Name", "Size", "Fit"], rows: [["A", "$1B", "TBD"], ["B", "$2B", "TBD"]] }, { onInvalid: "exclude", criteria: [{ name: "Size" }, { name: "Fit", scale: { kind: "percent" } }] });
    expect(read.criteria.map((c) => c.name)).toEqual(["Size"]);
    expect(read.options).toHaveLength(2);
    expect(read.issues).toContainEqual({ code: "criterion-without-values", criterion: "Fit" });
  });

  it("reports duplicated option names and criteria it cannot find", () => {
    const read = readTable({ header: ["Name", "Size"], rows: [["A", 1], ["a ", 2]] }, { onInvalid: "exclude", criteria: [{ name: "Size" }, { name: "Risk" }] });
    expect(read.issues).toContainEqual({ code: "duplicate-option", option: "A", rows: [0, 1] });
    expect(read.issues).toContainEqual({ code: "criterion-not-found", criterion: "Risk" });
  });
});

describe("solve refuses what it cannot rank, with reasons", () => {
  it("rejects an invalid problem naming the field", () => {
    const result = solve({ method: "nope", table: { header: ["A"], rows: [] } });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid-problem") throw new Error("expected invalid-problem");
    expect(result.problems.map((p) => p.path)).toContain("method.name");
  });
  it("rejects negative and all-zero weights", () => {
    const base = { table: { header: ["Name", "x", "y"], rows: [["A", 1, 2], ["B", 2, 1]] } };
    const negative = solve({ ...base, criteria: [{ name: "x", weight: -1 }, { name: "y", weight: 2 }] });
    const zero = solve({ ...base, criteria: [{ name: "x", weight: 0 }, { name: "y", weight: 0 }] });
    expect(negative).toMatchObject({ ok: false, reason: "unsolvable", issues: [{ code: "weight-negative", criterion: "x", weight: -1 }] });
    expect(zero).toMatchObject({ ok: false, reason: "unsolvable", issues: [{ code: "weights-all-zero" }] });
  });
  it("reports an empty table as having no options", () => {
    const result = solve({ table: { header: ["Name", "Size"], rows: [] }, criteria: [{ name: "Size", scale: "number" }] });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "unsolvable") throw new Error("expected unsolvable");
    expect(result.issues.map((i) => i.code)).toContain("no-options");
  });
});

describe("1/x inversion of cost criteria (costs: 'invert')", () => {
  const table = { header: ["Name", "Months", "Fit"], rows: [["A", 2, 0.5], ["B", 4, 0.5]] };
  const criteria = [
    { name: "Months", direction: "cost" as const, scale: "number", valueFunction: "linear" },
    { name: "Fit", direction: "benefit" as const, scale: "number", valueFunction: "linear" },
  ];
  it("scores 1/x as a benefit: WSM without normalisation, equal weights, gives (1/2 + 0.5)/2 and (1/4 + 0.5)/2", () => {
    const result = solve({ table, criteria, costs: "invert", method: { name: "wsm", normalization: "none" } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.options.map((o) => o.score)).toEqual([0.5, 0.375]);
    expect(result.criteria[0]?.direction).toBe("benefit");
  });
  it("refuses a zero it cannot invert, naming the option and criterion", () => {
    const result = solve({ table: { ...table, rows: [["A", 0, 0.5], ["B", 4, 0.5]] }, criteria, costs: "invert" });
    expect(result).toMatchObject({ ok: false, reason: "unsolvable", issues: [{ code: "method-requires-positive", criterion: "Months", option: "A", value: 0 }] });
  });
});

describe("inference does not turn benefits into costs (review findings)", () => {
  it("reads rates, experience and 'uptime' as benefits, whole words only", () => {
    const read = readTable(
      {
        header: ["Project", "Revenue per year ($)", "Uptime", "Customer sentiment", "Team experience (years)"],
        rows: [["A", 100, "99%", "High", 10], ["B", 300, "90%", "Low", 2], ["C", 200, "95%", "Medium", 5]],
      },
      { onInvalid: "exclude" },
    );
    expect(read.criteria.map((c) => [c.name, c.scale.kind, c.direction])).toEqual([
      ["Revenue per year ($)", "currency", "benefit"],
      ["Uptime", "percent", "benefit"],
      ["Customer sentiment", "ordinal", "benefit"],
      ["Team experience (years)", "duration", "benefit"],
    ]);
  });
  it("takes a numeric first column as names when no column holds text", () => {
    const read = readTable({ header: ["Code", "Score"], rows: [[101, 5], [102, 7]] }, { onInvalid: "exclude" });
    expect(read.options.map((o) => o.name)).toEqual(["101", "102"]);
    expect(read.criteria.map((c) => c.name)).toEqual(["Score"]);
  });
  it("reports two columns with the same header instead of scoring both", () => {
    const read = readTable({ header: ["Name", "Cost", "Cost"], rows: [["A", 1, 2], ["B", 2, 1]] }, { onInvalid: "exclude" });
    expect(read.issues).toContainEqual({ code: "duplicate-criterion", criterion: "Cost" });
  });
});

describe("onInvalid 'worst' on a log-valued criterion", () => {
  it("copies the worst option's amount and its log value, not the log value into the amount", () => {
    const read = readTable(
      { header: ["Name", "Market"], rows: [["A", "$20M"], ["B", "$100B"], ["C", "TBD"]] },
      { onInvalid: "worst", criteria: [{ name: "Market", scale: { kind: "currency" }, valueFunction: { kind: "log" }, direction: "benefit" }] },
    );
    const c = read.options.findIndex((o) => o.name === "C");
    expect(read.natural[c]).toEqual([2e7]);
    expect(read.values[c]?.[0]).toBeCloseTo(Math.log10(2e7), 12);
    expect(read.issues).toContainEqual({ code: "value-replaced-by-worst", option: "C", criterion: "Market", row: 2, value: 2e7 });
  });
});

describe("the name column", () => {
  it("is the column headed like the options (Option, Opportunity, Name...), even when some names are numbers or level words", () => {
    const read = readTable({ header: ["Option", "Revenue"], rows: [[15, 10], [1.5, 20], ["Y", 5]] }, { onInvalid: "exclude" });
    expect(read.options.map((o) => o.name)).toEqual(["15", "1.5", "Y"]);
    expect(read.criteria.map((c) => c.name)).toEqual(["Revenue"]);
  });
});
