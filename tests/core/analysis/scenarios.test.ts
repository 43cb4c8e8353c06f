import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyze, compareScenarios, ProblemSchema, finishDecision, readDecision, solveProblem, type ProblemInput } from "../../../src/core/index";

const table = {
  header: ["Option", "Payoff", "Risk", "Months", "Venture"],
  rows: [
    ["Safe", 0.4, "Low", "6 months", "No"],
    ["Bold", 0.9, "High", "24 months", "Yes"],
    ["Middle", 0.7, "Medium", "12 months", "Yes"],
  ],
};

function compare(scenarios: ProblemInput["scenarios"], extra: Partial<ProblemInput> = {}) {
  const problem = ProblemSchema.parse({
    method: { name: "wsm", normalization: "none" },
    criteria: [
      { name: "Payoff", scale: "number", direction: "benefit", weight: 1 },
      { name: "Risk", scale: { kind: "ordinal", levels: ["Low", "Medium", "High"] }, direction: "cost", weight: 0 },
      { name: "Months", scale: "duration", direction: "cost", weight: 0 },
      { name: "Venture", scale: "yesno", weight: 0 },
    ],
    table,
    scenarios,
    ...extra,
  });
  const base = solveProblem(problem);
  if (!base.ok) throw new Error("base unsolvable");
  return compareScenarios(readDecision(problem), finishDecision(readDecision(problem)), base.weights);
}

describe("scenarios", () => {
  it("leaves out options failing a constraint, with the constraint and the value", () => {
    const result = compare([{ name: "Quick", constraints: ["Months <= 1 year", { criterion: "Risk", op: "<>", value: "High" }] }]);
    const [quick] = result.scenarios;
    expect(quick?.excluded.map((e) => [e.option, e.constraint, e.value])).toEqual([["Bold", "Months <= 1 year", 24]]);
    expect(quick?.solution?.options.map((o) => o.name)).toEqual(["Safe", "Middle"]);
    expect(quick?.winners).toEqual(["Middle"]);
    expect(quick?.issues).toContainEqual(expect.objectContaining({ code: "option-excluded-by-constraint", scenario: "Quick", option: "Bold", row: 1 }));
  });

  it("compares ordinal and yes/no criteria by their levels", () => {
    const result = compare([{ name: "Low risk", constraints: ["Risk < medium"] }, { name: "Venture", constraints: ["Venture = yes"] }]);
    expect(result.scenarios[0]?.solution?.options.map((o) => o.name)).toEqual(["Safe"]);
    expect(result.scenarios[1]?.solution?.options.map((o) => o.name)).toEqual(["Bold", "Middle"]);
  });

  it("takes weights by criterion name and overrides values for the scenario only", () => {
    // Risk-only weights (cost, levels 1-3, no normalisation): scores -1, -3, -2; Safe wins.
    const result = compare([
      { name: "Careful", weights: { Payoff: 0, Risk: 1 } },
      { name: "Rumour", overrides: [{ option: "Safe", criterion: "Payoff", value: 0.95 }] },
    ]);
    expect(result.scenarios[0]?.winners).toEqual(["Safe"]);
    expect(result.scenarios[0]?.solution?.weights).toEqual([0, 1, 0, 0]);
    expect(result.scenarios[1]?.winners).toEqual(["Safe"]);
    expect(result.scenarios[1]?.solution?.options[0]?.score).toBeCloseTo(0.95, 12);
  });

  it("finds the option with the least maximum regret", () => {
    // Payoff only: Safe 0.4, Bold 0.9, Middle 0.7 -> regrets (0.9 - x) / 0.5: Safe 1, Bold 0, Middle 0.4.
    // Risk only (scores -1, -3, -2): regrets (-1 - x) / 2: Safe 0, Bold 1, Middle 0.5.
    // Max regrets: Safe 1, Bold 1, Middle 0.5 -> Middle.
    const result = compare([{ name: "Growth" }, { name: "Careful", weights: { Payoff: 0, Risk: 1 } }]);
    const regrets = Object.fromEntries(result.options.map((o) => [o.name, o.standings.map((s) => s.regret)]));
    expect(regrets.Safe).toEqual([expect.closeTo(1, 12), expect.closeTo(0, 12)]);
    expect(regrets.Middle).toEqual([expect.closeTo(0.4, 12), expect.closeTo(0.5, 12)]);
    expect(result.minimaxRegret).toEqual(["Middle"]);
  });

  it("counts an option a scenario leaves out as that scenario's full regret", () => {
    const result = compare([{ name: "Growth" }, { name: "No risk", constraints: ["Risk = Low"] }]);
    const bold = result.options.find((o) => o.name === "Bold");
    expect(bold?.standings[1]).toEqual({ scenario: "No risk", rank: null, score: null, regret: 1 });
  });

  it("reports what it cannot use in a scenario, naming the scenario", () => {
    const result = compare([
      { name: "Typos", constraints: ["Colour = red"], weights: { Nothing: 1 } },
      { name: "Syntax", constraints: ["Payoff is big"] },
      { name: "Values", constraints: ["Risk <= Extreme"], overrides: [{ option: "Ghost", criterion: "Payoff", value: 1 }] },
      { name: "Empty", constraints: ["Payoff > 5"] },
      { name: "Empty" },
    ]);
    const codes = result.scenarios.map((s) => s.issues.map((i) => i.code));
    expect(codes[0]).toEqual(expect.arrayContaining(["constraint-criterion-not-found", "scenario-criterion-not-found"]));
    expect(codes[1]).toEqual(["constraint-unreadable"]);
    expect(codes[2]).toEqual(expect.arrayContaining(["constraint-value-unreadable", "override-not-found"]));
    expect(codes[3]).toContain("scenario-without-options");
    expect(codes[4]).toEqual(["duplicate-scenario"]);
    expect(result.scenarios.every((s) => s.solution === undefined)).toBe(true);
    expect(result.minimaxRegret).toEqual([]);
  });
});

describe("recommendation", () => {
  // A = (0.9, 0.2), B = (0.3, 0.6), weights (0.5, 0.5), no normalisation: A 0.55, B 0.45.
  const result = analyze({
    method: { name: "wsm", normalization: "none" },
    criteria: [
      { name: "C1", scale: "number", direction: "benefit", weight: 1 },
      { name: "C2", scale: "number", direction: "benefit", weight: 1 },
    ],
    options: [
      { name: "A", values: [0.9, 0.2] },
      { name: "B", values: [0.3, 0.6] },
    ],
    simulation: { draws: 20_000, seed: 3 },
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const r = result.recommendation;

  it("names the primary and secondary choices", () => {
    expect([r.primary.option, r.secondary?.option, r.tie]).toEqual(["A", "B", false]);
  });

  it("explains the lead by criterion: contributions 0.45 vs 0.15 on C1, 0.10 vs 0.30 on C2", () => {
    expect(r.basis).toBe("score");
    expect(r.lead.map((l) => [l.criterion, l.difference])).toEqual([
      ["C1", expect.closeTo(0.3, 12)],
      ["C2", expect.closeTo(-0.2, 12)],
    ]);
  });

  it("gives the winning probability under uniform weights (A wins iff w1 > 0.4: 0.6)", () => {
    expect(Math.abs((r.winProbability?.value ?? 0) - 0.6)).toBeLessThan(4 * (r.winProbability?.standardError ?? 0));
  });

  it("gives the smallest weight change (w1 from 0.5 to 0.4) and the smallest input change", () => {
    expect(r.smallestWeightChange).toMatchObject({ criterion: "C1", from: 0.5, to: expect.closeTo(0.4, 12), challenger: "B" });
    // A's C1 down to 0.7 (A = B = 0.45) is 0.2 of C1's spread 0.6, as is B's C1 up to 0.5; A's C2 down to 0
    // and B's C2 up to 0.8 are 0.2 of C2's spread 0.4 = 0.5. The first smallest is A's C1.
    expect(r.smallestInputChange).toMatchObject({ option: "A", criterion: "C1", from: 0.9, to: expect.closeTo(0.7, 9), share: expect.closeTo(1 / 3, 9), winner: "B" });
  });

  it("names the most critical criterion with its stability interval", () => {
    // T&S relative changes for (A, B): C1 (0.55 - 0.45) / (0.3 - 0.9) = -1/6 over 0.5 = -1/3;
    // C2 0.1 / (0.6 - 0.2) = 0.25 over 0.5 = 0.5. C1 is the most critical.
    expect(r.critical).toMatchObject({ criterion: "C1", relative: expect.closeTo(-1 / 3, 12), low: expect.closeTo(0.4, 12), high: 1, challenger: "B" });
  });
});

describe("scenarios and recommendations on awkward problems (review findings)", () => {
  it("leaves a scenario that cannot be ranked out of the regret comparison", () => {
    const result = compare([{ name: "Growth" }, { name: "Typo", constraints: ["Paypff > 1"] }]);
    expect(result.options.find((o) => o.name === "Bold")?.standings[1]).toEqual({ scenario: "Typo", rank: null, score: null, regret: null });
    expect(result.minimaxRegret).toEqual(["Bold"]);
  });

  it("lets an override fill a cell the base could not read", () => {
    const problem = ProblemSchema.parse({
      table: { header: ["Option", "Fit", "Size"], rows: [["X", "TBD", 9], ["Y", "50%", 4], ["Z", "60%", 2]] },
      scenarios: [{ name: "Filled", overrides: [{ option: "X", criterion: "Fit", value: "90%" }] }],
    });
    const base = solveProblem(problem);
    if (!base.ok) throw new Error("base unsolvable");
    expect(base.options.map((o) => o.name)).toEqual(["Y", "Z"]);
    const result = compareScenarios(readDecision(problem), finishDecision(readDecision(problem)), base.weights);
    expect(result.scenarios[0]?.winners).toEqual(["X"]);
  });

  it("says when a constraint fails on a value standing in for an unreadable cell", () => {
    const problem = ProblemSchema.parse({
      onInvalid: "worst",
      table: { header: ["Option", "Fit", "Size"], rows: [["X", "80%", "TBD"], ["Y", "50%", 4], ["Z", "60%", 2]] },
      scenarios: [{ name: "Big", constraints: ["Size >= 3"] }],
    });
    const base = solveProblem(problem);
    if (!base.ok) throw new Error("base unsolvable");
    const [big] = compareScenarios(readDecision(problem), finishDecision(readDecision(problem)), base.weights).scenarios;
    expect(big?.excluded).toEqual([
      { option: "X", row: 0, constraint: "Size >= 3", value: 2, substituted: true },
      { option: "Z", row: 2, constraint: "Size >= 3", value: 2 },
    ]);
  });

  it("lists every option tied for first and offers no 'smallest change' for a tie", () => {
    // X = (10, 0), Y = (0, 10), Z = (2, 2), equal weights: X and Y tie at 5.
    const result = analyze({
      method: { name: "wsm", normalization: "none" },
      criteria: [{ name: "A", scale: "number", weight: 1 }, { name: "B", scale: "number", weight: 1 }],
      options: [{ name: "X", values: [10, 0] }, { name: "Y", values: [0, 10] }, { name: "Z", values: [2, 2] }],
      simulation: { draws: 200 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.recommendation).toMatchObject({ tie: true, tied: ["X", "Y"] });
    expect(result.recommendation.smallestWeightChange).toBeUndefined();
    expect(result.recommendation.smallestInputChange).toBeUndefined();
    expect(result.sensitivity.tiedForFirst).toEqual(["X", "Y"]);
    expect(result.sensitivity.intervals.map((i) => [i.top.low, i.top.high])).toEqual([[0.5, 0.5], [0.5, 0.5]]);
  });

  it("presents VIKOR's compromise set when its acceptance conditions fail (the sample)", () => {
    const sample = JSON.parse(readFileSync(path.join(__dirname, "../../../examples/pivot-analysis.json"), "utf8")) as Record<string, unknown>;
    const result = analyze({ ...sample, method: "vikor", simulation: { draws: 100 } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const details = result.solution.details;
    if (details.method !== "vikor") throw new Error("not vikor");
    expect(result.recommendation.compromise).toEqual({ options: details.compromise.map((i) => result.solution.options[i]?.name), acceptableAdvantage: details.acceptableAdvantage, acceptableStability: details.acceptableStability });
    expect(result.recommendation.compromise?.options.length).toBeGreaterThan(1);
  });

  it("reports draws the method cannot score instead of counting them as ties", () => {
    // WPM is undefined once the zero on A gets weight; uniform weights give A weight in every draw.
    const result = analyze({
      method: "wpm",
      criteria: [{ name: "A", scale: "number", weight: 0 }, { name: "B", scale: "number", weight: 1 }],
      options: [{ name: "X", values: [0, 5] }, { name: "Y", values: [2, 4] }],
      simulation: { draws: 300 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.simulation?.draws).toBe(0);
    expect(result.issues).toContainEqual({ code: "simulation-draws-failed", failed: 300, attempted: 300 });
    // The weight of A cannot move up at all: the interval stops at 0 with no invented challenger.
    const a = result.sensitivity.intervals[0];
    expect(a?.top.highBound).toBeUndefined();
    expect(a?.top.highUndefined).toBe(true);
    expect(a?.top.high).toBeLessThan(1e-8);
  });
});
