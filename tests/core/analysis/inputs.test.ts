import { prepareAnalysis as prepareDecision, ProblemSchema, readDecision, type Problem, type ProblemInput } from "../../../src/core/index";

/** The analyses' starting point for a problem, its table read once. */
const prepareAnalysis = (problem: Problem) => prepareDecision(readDecision(problem));

function prepare(extra: Partial<ProblemInput>, rows: [string, ...(number | string)[]][] = [["A", 0.6, 0.5], ["B", 0.5, 0.7]]) {
  return prepareAnalysis(
    ProblemSchema.parse({
      method: { name: "wsm", normalization: "none" },
      criteria: [
        { name: "C1", direction: "benefit", scale: "number", weight: 1 },
        { name: "C2", direction: "benefit", scale: "number", weight: 1 },
      ],
      options: rows.map(([name, ...values]) => ({ name, values })),
      ...extra,
    }),
  );
}

describe("uncertain inputs", () => {
  it("spreads a criterion's +-percent over each value and lets a cell's own range win", () => {
    const ready = prepare({
      criteria: [
        { name: "C1", direction: "benefit", scale: "number", weight: 1, uncertainty: { percent: 10 } },
        { name: "C2", direction: "benefit", scale: "number", weight: 1 },
      ],
      ranges: [{ option: "B", criterion: "C1", low: 0.3, high: 0.7, distribution: "pert" }],
    });
    if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
    const byCell = ready.prepared.uncertain.map((u) => [u.option, u.criterion, u.low, u.mode, u.high, u.distribution]);
    expect(byCell[0]).toEqual([0, 0, expect.closeTo(0.54, 12), 0.6, expect.closeTo(0.66, 12), "triangular"]);
    expect(byCell[1]).toEqual([1, 0, 0.3, 0.5, 0.7, "pert"]);
    expect(byCell).toHaveLength(2);
  });

  it("clamps a +-percent range to the scale (a percentage stays within 0-100%)", () => {
    const ready = prepareAnalysis(
      ProblemSchema.parse({
        criteria: [{ name: "Fit", scale: "percent", uncertainty: { percent: 20 } }, { name: "Cost", scale: "currency", direction: "cost", uncertainty: { plusMinus: 5 } }],
        table: { header: ["Option", "Fit", "Cost"], rows: [["A", "95%", "$3"], ["B", "50%", "$10"]] },
      }),
    );
    if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
    const [fitA, costA] = ready.prepared.uncertain;
    expect([fitA?.low, fitA?.high]).toEqual([expect.closeTo(0.76, 12), 1]);
    expect([costA?.low, costA?.high]).toEqual([0, 8]);
  });

  it("reads a range written like the cells, and reports what it cannot use, naming the option and criterion", () => {
    const table = { header: ["Option", "Market", "Risk"], rows: [["A", "$50B", "Low"], ["B", "$20B", "High"]] };
    const ok = prepareAnalysis(ProblemSchema.parse({ table, ranges: [{ option: "A", criterion: "Market", low: "$30B", high: "$80B" }, { option: "B", criterion: "Risk", low: "Medium", high: "High" }] }));
    if (!ok.ok) throw new Error(JSON.stringify(ok.issues));
    expect(ok.prepared.uncertain.map((u) => [u.low, u.mode, u.high])).toEqual([[3e10, 5e10, 8e10], [2, 3, 3]]);

    const bad = prepareAnalysis(
      ProblemSchema.parse({
        table,
        ranges: [
          { option: "Nobody", criterion: "Market", low: 1, high: 2 },
          { option: "A", criterion: "Nothing", low: 1, high: 2 },
          { option: "A", criterion: "Market", low: "lots", high: "$80B" },
          { option: "A", criterion: "Market", low: "$60B", high: "$80B" },
        ],
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["range-option-not-found", "range-criterion-not-found", "range-unreadable", "range-order"]));
    expect(bad.issues.find((i) => i.code === "range-unreadable")).toMatchObject({ option: "A", criterion: "Market", bound: "low", raw: "lots" });
  });

  it("stops an automatic range at a tenth of the value where the criterion needs values above 0, and refuses an explicit one", () => {
    const table = { header: ["Option", "Market", "Fit"], rows: [["A", "$50B", "50%"], ["B", "$20B", "60%"]] };
    const criteria = [{ name: "Market", scale: "currency", valueFunction: "log", uncertainty: { plusMinus: 5e10 } }, { name: "Fit", scale: "percent" }];
    const auto = prepareAnalysis(ProblemSchema.parse({ criteria, table }));
    if (!auto.ok) throw new Error(JSON.stringify(auto.issues));
    expect(auto.prepared.uncertain.map((u) => [u.low, u.high])).toEqual([[5e9, 1e11], [2e9, 7e10]]);
    const explicit = prepareAnalysis(ProblemSchema.parse({ criteria, table, ranges: [{ option: "A", criterion: "Market", low: "$0", high: "$80B" }] }));
    expect(explicit.ok).toBe(false);
    if (!explicit.ok) expect(explicit.issues).toContainEqual(expect.objectContaining({ code: "range-not-positive-for-log", option: "A", criterion: "Market" }));
  });

  it("keeps 1/x cost inversion above 0 too", () => {
    const ready = prepareAnalysis(
      ProblemSchema.parse({ costs: "invert", criteria: [{ name: "Cost", scale: "number", direction: "cost", uncertainty: { plusMinus: 2 } }, { name: "Gain", scale: "number" }], table: { header: ["Option", "Cost", "Gain"], rows: [["X", 1, 5], ["Y", 4, 6]] } }),
    );
    if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
    expect(ready.prepared.uncertain.map((u) => [u.low, u.high])).toEqual([[0.1, 3], [2, 6]]);
  });

  it("notes, without stopping, a range on an option the table's own issues left out", () => {
    const ready = prepareAnalysis(ProblemSchema.parse({ table: { header: ["Option", "Fit", "Size"], rows: [["X", "TBD", 3], ["Y", "50%", 4], ["Z", "60%", 2]] }, ranges: [{ option: "X", criterion: "Size", low: 2, high: 5 }] }));
    if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
    expect(ready.prepared.issues).toContainEqual({ code: "range-option-excluded", option: "X", criterion: "Size" });
    expect(ready.prepared.uncertain).toEqual([]);
  });

  it("takes the middle of a range as most likely on a cell whose value only stands in for an unreadable one", () => {
    const ready = prepareAnalysis(
      ProblemSchema.parse({ onInvalid: "worst", table: { header: ["Option", "Fit", "Size"], rows: [["X", "50%", "TBD"], ["Y", "50%", 4], ["Z", "60%", 2]] }, ranges: [{ option: "X", criterion: "Size", low: 3, high: 6 }] }),
    );
    if (!ready.ok) throw new Error(JSON.stringify(ready.issues));
    expect(ready.prepared.uncertain.map((u) => [u.low, u.mode, u.high])).toEqual([[3, 4.5, 6]]);
  });
});
