/** The pane's logic without React: slider shares, stored weights, scenario names and edits. */
import fc from "fast-check";
import { addScenario, freeName, nameKey, removeScenario, sameName, shares, updateScenario, weightsFrom, weightsRecord, withShare } from "../../src/taskpane/model";

describe("withShare (what a slider means)", () => {
  it("gives the criterion its share and rescales the others in proportion (hand-worked: 25/20/15 -> 50/?/?)", () => {
    const next = withShare([25, 20, 15, 15, 10, 15], 0, 0.5);
    // The other five held 75%; they now hold 50% in the same proportions: 20 x 50/75 = 13.33...
    expect(next[0]).toBeCloseTo(0.5, 15);
    expect(next[1]).toBeCloseTo(0.2 * (0.5 / 0.75), 15);
    expect(next[4]).toBeCloseTo(0.1 * (0.5 / 0.75), 15);
  });

  it("spreads the rest equally when every other weight is zero", () => {
    withShare([1, 0, 0, 0], 0, 0.4).forEach((x, k) => expect(x).toBeCloseTo([0.4, 0.2, 0.2, 0.2][k] ?? NaN, 15));
  });

  it("clamps shares outside 0..1 and treats NaN as 0", () => {
    expect(withShare([1, 1], 0, 1.7)).toEqual([1, 0]);
    expect(withShare([1, 1], 0, -3)).toEqual([0, 1]);
    expect(withShare([1, 1], 0, NaN)).toEqual([0, 1]);
  });

  it("property: the result sums to 1, holds the share asked for, and keeps the others' ratios", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 100, noNaN: true }), { minLength: 2, maxLength: 12 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (weights, pick, share) => {
        const j = pick % weights.length;
        const next = withShare(weights, j, share);
        expect(next.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
        expect(Math.abs(next.reduce((t, x) => t + x, 0) - 1)).toBeLessThan(1e-9);
        expect(next[j]).toBeCloseTo(share, 12);
        const others = weights.map((_, k) => k).filter((k) => k !== j);
        const [a, b] = others;
        if (a !== undefined && b !== undefined && share < 1) expect((next[a] ?? 0) / (next[b] ?? 1)).toBeCloseTo((weights[a] ?? 0) / (weights[b] ?? 1), 6);
      }),
    );
  });
});

describe("shares", () => {
  it("normalises to 1 and leaves all-zero alone", () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([-1, 1])).toEqual([0, 1]);
  });
});

describe("stored weights", () => {
  it("round-trips by name, matching names as the table does (case and spaces), keeping the fallback for unnamed or unusable entries", () => {
    const record = weightsRecord(["Market Size", "Our Fit"], [0.6, 0.4]);
    expect(record).toEqual({ "Market Size": 0.6, "Our Fit": 0.4 });
    expect(weightsFrom(["market  size", "Our Fit", "Risk"], record, [0.1, 0.2, 0.3])).toEqual([0.6, 0.4, 0.3]);
    expect(weightsFrom(["A", "B"], { A: -1, B: Number.NaN }, [0.5, 0.5])).toEqual([0.5, 0.5]);
    expect(weightsFrom(["A"], undefined, [])).toEqual([0]);
  });
});

describe("scenario edits", () => {
  it("matches names as the engine does: case, spaces, dashes and dots ignored", () => {
    expect(sameName("Venture scale", " venture-SCALE.")).toBe(true);
    expect(sameName("Venture scale", "Venture scales")).toBe(false);
    expect(nameKey("Fit first")).toBe(nameKey("fit_first"));
  });

  it("finds a free name, case-insensitively", () => {
    expect(freeName("New scenario", [])).toBe("New scenario");
    expect(freeName("New scenario", ["new SCENARIO", "New scenario (2)"])).toBe("New scenario (3)");
    expect(freeName("  ", [])).toBe("Scenario");
  });

  it("adds, duplicates with constraints, renames and removes pane scenarios", () => {
    const table = { name: "Venture scale", description: "VC", weights: { A: 1 }, overrides: [], constraints: ["Venture Scale = Yes"] };
    const made = addScenario({ scenarios: [] }, ["Venture scale"], "Venture scale copy", { A: 0.3, B: 0.7 }, table);
    expect(made.name).toBe("Venture scale copy");
    expect(made.state.scenarios[0]).toEqual({ name: "Venture scale copy", description: "VC", weights: { A: 0.3, B: 0.7 }, overrides: [], constraints: ["Venture Scale = Yes"] });
    const renamed = updateScenario(made.state, "venture SCALE copy", { name: "VC only" });
    expect(renamed.scenarios.map((s) => s.name)).toEqual(["VC only"]);
    expect(removeScenario(renamed, "vc only").scenarios).toEqual([]);
  });
});
