/** Normalisations on hand-worked columns and on Hwang & Yoon's (1981) vector-normalised matrix. */
import { normalizeOriented, normalizeRaw } from "../../src/core/index";
import { expectClose, loadPublished } from "../helpers/published";

describe("normalizeOriented", () => {
  const column = [2, 4, 8];
  it.each([
    ["min-max", "benefit", [0, 1 / 3, 1]],
    ["min-max", "cost", [1, 2 / 3, 0]],
    ["max", "benefit", [0.25, 0.5, 1]],
    ["max", "cost", [1, 0.5, 0.25]],
    ["sum", "benefit", [2 / 14, 4 / 14, 8 / 14]],
    ["sum", "cost", [0.5 / 0.875, 0.25 / 0.875, 0.125 / 0.875]],
    ["vector", "benefit", [2 / Math.sqrt(84), 4 / Math.sqrt(84), 8 / Math.sqrt(84)]],
    ["vector", "cost", [1 - 2 / Math.sqrt(84), 1 - 4 / Math.sqrt(84), 1 - 8 / Math.sqrt(84)]],
    ["none", "cost", [-2, -4, -8]],
  ] as const)("%s on a %s column [2, 4, 8]", (kind, direction, expected) => {
    expectClose(normalizeOriented(column, kind, direction).values, expected, 1e-12, `${kind}/${direction}`);
  });
  it("makes a constant column contribute nothing and never NaN", () => {
    for (const kind of ["min-max", "max", "sum", "vector", "none"] as const) {
      const values = normalizeOriented([3, 3, 3], kind, "benefit").values;
      expect(new Set(values).size).toBe(1);
      expect(values.every(Number.isFinite)).toBe(true);
    }
    expect(normalizeOriented([0, 0], "vector", "cost").values).toEqual([0, 0]);
  });
  it("falls back to min-max where a ratio is undefined (a zero cost under max)", () => {
    expect(normalizeOriented([0, 5, 10], "max", "cost")).toEqual({ values: [1, 0.5, 0], fallback: "min-max" });
  });
});

describe("normalizeRaw", () => {
  it("keeps the order of a negative column under sum normalisation (divides by the sum of magnitudes)", () => {
    expectClose(normalizeRaw([-1, -2, -3], "sum"), [-1 / 6, -2 / 6, -3 / 6], 1e-12, "sum");
  });
});

describe("normalizeRaw reproduces Hwang & Yoon (1981)", () => {
  it.each(loadPublished("normalisations.json").map((e) => [e.id, e] as const))("%s", (_id, example) => {
    const published = (example.expected["normalized"] as { vector: number[][] }).vector;
    const columns = (example.matrix[0] ?? []).map((_, j) => normalizeRaw(example.matrix.map((row) => row[j] ?? 0), "vector"));
    published.forEach((row, i) => expectClose(columns.map((c) => c[i] ?? NaN), row, example.tolerance, `row ${i}`));
  });
});
