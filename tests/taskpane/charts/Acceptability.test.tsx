/**
 * @jest-environment jsdom
 */
/** The rank acceptability chart drawn from real SMAA runs and from random acceptability matrices. */
import { cleanup, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { simulateSync, type SmaaResult } from "../../../src/core/index";
import { AcceptabilityChart, rankGroups } from "../../../src/taskpane/charts/Acceptability";
import { attr, prepared, renderIn, shown } from "./helpers";

function run(rows: [string, ...number[]][], draws = 20_000): SmaaResult {
  const p = prepared(rows, rows[0]?.slice(1).map(() => 1) ?? []);
  const result = simulateSync(p.inputs, { draws, seed: 7, weights: { kind: "uniform" }, inputs: p.uncertain });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.result;
}

/** A result holding only an acceptability matrix (rows: options, columns: ranks). */
function fromMatrix(matrix: number[][], draws = 1000): SmaaResult {
  return {
    draws,
    requested: draws,
    seed: 1,
    options: matrix.map((_, i) => `Option ${i + 1}`),
    criteria: ["C1"],
    acceptability: matrix.map((row) => row.map((value) => ({ value, standardError: 0 }))),
    holistic: matrix.map(() => ({ value: 0, standardError: 0 })),
    centralWeights: matrix.map(() => null),
    confidence: matrix.map(() => null),
    pairwise: [],
    issues: [],
  };
}

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll('[data-role="acceptability-row"]')];
const segments = (row: Element) => [...row.querySelectorAll('rect[data-role="segment"]')];
/** The outline of the full bar (the 100% it stacks to). */
const outline = (row: Element) => row.querySelector('rect[fill="none"]');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("the rank acceptability chart", () => {
  // With weights (w, 1 - w), w ~ U(0, 1), A = (0.9, 0.2) beats B = (0.3, 0.6) iff w > 0.4: A is first in
  // 60% of draws and B in 40%. B comes first in the table; the chart puts A first.
  const two = run([["B", 0.3, 0.6], ["A", 0.9, 0.2]]);

  it("draws one bar per option, most often first on top, with its first-rank percentage at the end", () => {
    const { container } = renderIn(<AcceptabilityChart result={two} />);
    const rows = rowsOf(container);
    expect(rows.map((r) => r.getAttribute("data-option"))).toEqual(["A", "B"]);
    const [bFirst, aFirst] = [two.acceptability[0]?.[0], two.acceptability[1]?.[0]];
    // The closed form, within four standard errors.
    expect(Math.abs((aFirst?.value ?? 0) - 0.6)).toBeLessThanOrEqual(4 * (aFirst?.standardError ?? 0));
    expect(rows.map((r) => shown(r.querySelector('[data-role="first-rank"]') as Element))).toEqual([pct(aFirst?.value ?? NaN), pct(bFirst?.value ?? NaN)]);
  });

  it("makes each segment's width its share of the bar: A's 1st / 2nd = b_A^1 / b_A^2", () => {
    const { container } = renderIn(<AcceptabilityChart result={two} />);
    const [a] = rowsOf(container);
    const [first, second] = segments(a as Element);
    const shares = two.acceptability[1] ?? [];
    expect(attr(first, "width") / attr(second, "width")).toBeCloseTo((shares[0]?.value ?? 0) / (shares[1]?.value ?? 1), 9);
    expect(attr(first, "width") + attr(second, "width")).toBeCloseTo(attr(outline(a as Element), "width"), 9);
  });

  it("shows the number of draws, a legend of the ranks and the numbers in a collapsed table", () => {
    const { container } = renderIn(<AcceptabilityChart result={two} />);
    expect(container.textContent).toContain("20,000 draws.");
    expect(within(screen.getByRole("list", { name: "Ranks" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["1st", "2nd"]);
    const table = within(container).getByRole("table");
    const cells = within(table).getAllByRole("row").map((r) => [...r.children].map((c) => c.textContent));
    expect(cells[0]).toEqual(["Option", "1st", "2nd", "Holistic"]);
    const a = two.acceptability[1] ?? [];
    expect(cells[1]).toEqual(["A", pct(a[0]?.value ?? NaN), pct(a[1]?.value ?? NaN), pct(two.holistic[1]?.value ?? NaN)]);
    expect(container.querySelector("details")?.open).toBe(false);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(`A ranks first in ${pct(a[0]?.value ?? NaN)}; B ranks first in ${pct(two.acceptability[0]?.[0]?.value ?? NaN)}`);
  });

  it("groups ranks beyond the fifth into one '6th or lower' segment", () => {
    const seven = run(
      [
        ["P", 0.9, 0.1, 0.5],
        ["Q", 0.1, 0.9, 0.5],
        ["R", 0.5, 0.5, 0.5],
        ["S", 0.7, 0.3, 0.2],
        ["T", 0.2, 0.6, 0.6],
        ["U", 0.4, 0.4, 0.4],
        ["V", 0.3, 0.2, 0.8],
      ],
      5000,
    );
    const { container } = renderIn(<AcceptabilityChart result={seven} />);
    expect(within(screen.getByRole("list", { name: "Ranks" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["1st", "2nd", "3rd", "4th", "5th", "6th or lower"]);
    for (const row of rowsOf(container)) {
      const i = seven.options.indexOf(row.getAttribute("data-option") ?? "");
      const shares = (seven.acceptability[i] ?? []).map((e) => e.value);
      const last = segments(row).at(-1);
      expect(last?.getAttribute("data-rank")).toBe("6th or lower");
      expect(attr(last, "width") / attr(outline(row), "width")).toBeCloseTo((shares[5] ?? 0) + (shares[6] ?? 0), 9);
    }
    // Sorted by first-rank acceptability, descending.
    const firsts = rowsOf(container).map((r) => seven.acceptability[seven.options.indexOf(r.getAttribute("data-option") ?? "")]?.[0]?.value ?? NaN);
    expect(firsts).toEqual([...firsts].sort((p, q) => q - p));
  });

  it("counts ranks the engine does not track (past its 100th) in the last group", () => {
    // 3 of 7 ranks tracked (as if MAX_TRACKED_RANKS were 3): what they leave belongs to '6th or lower'.
    const partial = fromMatrix(Array.from({ length: 7 }, () => [0.1, 0.2, 0.3]));
    expect(rankGroups(partial, 0)).toEqual([0.1, 0.2, 0.3, 0, 0, expect.closeTo(0.4, 12)]);
  });

  it("cuts a long option name and keeps it whole in a <title>; draws at most maxOptions bars", () => {
    const long = { ...two, options: ["B", "An option whose name is far too long for the label column"] };
    const { container } = renderIn(<AcceptabilityChart result={long} maxOptions={1} />);
    const label = rowsOf(container)[0]?.querySelector("text") as Element;
    expect(shown(label).endsWith("…")).toBe(true);
    expect(label.querySelector("title")?.textContent).toBe(long.options[1]);
    expect(rowsOf(container)).toHaveLength(1);
    expect(container.textContent).toContain("1 more option, less often first, not drawn (all are in the data).");
  });

  it("says when there are no draws, and renders under the dark theme", () => {
    const { container } = renderIn(<AcceptabilityChart result={{ ...two, draws: 0 }} />);
    expect(container.textContent).toBe("No simulation draws to show yet.");
    const dark = renderIn(<AcceptabilityChart result={two} />, "dark");
    expect(rowsOf(dark.container)).toHaveLength(2);
    expect(dark.container.innerHTML).not.toMatch(/NaN/);
  });

  it("stacks each bar to its full width (within 0.5 px) and never shows NaN, for any acceptability matrix", () => {
    const matrix = fc.integer({ min: 1, max: 9 }).chain((m) =>
      fc.array(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: m, maxLength: m }).filter((row) => row.some((v) => v > 0)),
        { minLength: m, maxLength: m },
      ),
    );
    fc.assert(
      fc.property(matrix, (counts) => {
        const rows = counts.map((row) => {
          const total = row.reduce((t, v) => t + v, 0);
          return row.map((v) => v / total);
        });
        const { container } = renderIn(<AcceptabilityChart result={fromMatrix(rows)} />);
        try {
          expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
          const drawn = rowsOf(container);
          expect(drawn).toHaveLength(rows.length);
          for (const row of drawn) {
            const widths = segments(row).map((s) => attr(s, "width"));
            expect(widths.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
            expect(Math.abs(widths.reduce((t, w) => t + w, 0) - attr(outline(row), "width"))).toBeLessThanOrEqual(0.5);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 60 },
    );
  });
});
