import fc from "fast-check";
import { importanceRanks, orderNames, resolveWeights } from "../../../src/core/weights/index";

describe("resolveWeights", () => {
  const criteria = ["Market Size", "Our Fit", "Venture Scale"];

  it("scales direct weights to sum to 1", () => {
    const r = resolveWeights({ criteria, direct: [2, 1, 1] }, { method: "direct" });
    expect(r.ok && r.weights).toEqual([0.5, 0.25, 0.25]);
  });

  it("gives equal weights", () => {
    const r = resolveWeights({ criteria }, { method: "equal" });
    expect(r.ok && r.weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("weighs an importance order by rank-order centroid (Barron & Barrett 1996: w_k = (1/n) sum_{i>=k} 1/i)", () => {
    // n = 3: (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18; the criteria listed out of column order.
    const r = resolveWeights({ criteria }, { method: "roc", order: ["Our Fit", "Market Size", "Venture Scale"] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.weights[1]).toBeCloseTo(11 / 18, 12);
    expect(r.weights[0]).toBeCloseTo(5 / 18, 12);
    expect(r.weights[2]).toBeCloseTo(2 / 18, 12);
  });

  it("weighs an order on its own by its own names (rank sum, Stillwell, Seaver & Edwards 1981)", () => {
    const r = resolveWeights({}, { method: "rank-sum", order: ["A", ["B", "C"]] });
    // Positions 1, 2, 3 weigh 2(n + 1 - k) / (n(n + 1)) = 3/6, 2/6, 1/6; B and C tie and share 2/6 + 1/6.
    expect(r.ok && r.weights).toEqual([0.5, 0.25, 0.25]);
  });

  it("refuses an AHP matrix of another size than the criteria", () => {
    const r = resolveWeights({ criteria }, { method: "ahp", pairwise: [[1, 2], ["1/2", 1]], randomIndex: "saaty" });
    expect(r).toEqual({ ok: false, issues: [{ code: "weights-length-mismatch", expected: 3, received: 2 }] });
  });

  it("takes AHP's principal eigenvector, with its consistency in the details", () => {
    // A consistent 2x2 matrix [[1, 3], [1/3, 1]]: w = (3/4, 1/4), CR undefined for n = 2 (RI = 0).
    const r = resolveWeights({}, { method: "ahp", pairwise: [[1, 3], ["1/3", 1]], randomIndex: "saaty" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.weights[0]).toBeCloseTo(0.75, 9);
    expect(r.details.method).toBe("ahp");
  });

  it("says which criterion an order misses or does not know", () => {
    const r = resolveWeights({ criteria }, { method: "roc", order: ["Our Fit", "Gross Margin"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(expect.arrayContaining([{ code: "criterion-not-found", criterion: "Gross Margin" }, { code: "ranking-incomplete", criterion: "Market Size" }]));
  });

  it("sums to 1 for any importance order of distinct names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 12 }), (names) => {
        for (const method of ["roc", "rank-sum"] as const) {
          const r = resolveWeights({}, { method, order: names });
          if (!r.ok) return false;
          if (Math.abs(r.weights.reduce((t, w) => t + w, 0) - 1) > 1e-12) return false;
          if (r.weights.some((w, i) => i > 0 && w > (r.weights[i - 1] ?? 0))) return false;
        }
        return true;
      }),
    );
  });
});

describe("importanceRanks", () => {
  it("gives tied criteria the position of the first of them (1, 2, 2, 4)", () => {
    const r = importanceRanks(["a", "b", "c", "d"], ["a", ["b", "c"], "d"]);
    expect(r.ok && r.ranks).toEqual([1, 2, 2, 4]);
    expect(orderNames(["a", ["b", "c"], "d"])).toEqual(["a", "b", "c", "d"]);
  });
});
