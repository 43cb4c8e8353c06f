/**
 * @jest-environment jsdom
 */
/** The spider plot drawn from the engine's spider data of a hand-worked weighted sum. */
import { screen, within } from "@testing-library/react";
import { scoringModel, solve, weightSensitivity, type Solution, type SpiderSeries } from "../../../src/core/index";
import { SPIDER_STYLES, SpiderChart, defaultSpiderSeries, spiderCrossings } from "../../../src/taskpane/charts/Spider";
import { attr, renderIn } from "./helpers";

// A = (0.8, 0.2), B = (0.3, 0.9), C = (0.5, 0.5), weights (0.6, 0.4), no normalisation. With C1's weight
// x (C2 gets 1 - x): A = 0.2 + 0.6x, B = 0.9 - 0.6x, C = 0.5. A passes C at x = 1/2, A passes B at 7/12,
// C passes B at 2/3. Today (x = 0.6): A 0.56, B 0.54, C 0.50.
function solution(): Solution {
  const result = solve({
    method: { name: "wsm", normalization: "none" },
    criteria: [0.6, 0.4].map((weight, j) => ({ name: `C${j + 1}`, direction: "benefit", scale: "number", weight })),
    options: [
      { name: "A", values: [0.8, 0.2] },
      { name: "B", values: [0.3, 0.9] },
      { name: "C", values: [0.5, 0.5] },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

const spider = weightSensitivity(scoringModel(solution()), { spider: true }).spider;
const c1 = spider.find((s) => s.criterion === "C1") as SpiderSeries;

/** The (x, y) points of a path "M x y L x y ...". */
function points(d: string | null): [number, number][] {
  return [...(d ?? "").matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const lines = (container: HTMLElement) => [...container.querySelectorAll('path[data-role="line"]')];

describe("the spider plot", () => {
  it("draws one line per option, each with its own colour and dash pattern, and a legend naming them", () => {
    const { container } = renderIn(<SpiderChart series={c1} />);
    expect(lines(container).map((l) => l.getAttribute("data-option"))).toEqual(["A", "B", "C"]);
    const styles = lines(container).map((l) => `${l.getAttribute("stroke")}|${l.getAttribute("stroke-dasharray") ?? ""}`);
    expect(new Set(styles).size).toBe(3);
    expect(new Set(lines(container).map((l) => l.getAttribute("stroke-dasharray") ?? "")).size).toBe(3);
    expect(within(screen.getByRole("list", { name: "Options" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["A", "B", "C"]);
  });

  it("plots score against weight: each weighted-sum line is straight, A rises as fast as B falls and C is flat", () => {
    const { container } = renderIn(<SpiderChart series={c1} />);
    const [a, b, c] = lines(container).map((l) => points(l.getAttribute("d")));
    const slope = (p: [number, number][]) => ((p.at(-1)?.[1] ?? 0) - (p[0]?.[1] ?? 0)) / ((p.at(-1)?.[0] ?? 0) - (p[0]?.[0] ?? 0));
    for (const line of [a, b, c]) {
      const s = slope(line ?? []);
      for (const [px, py] of line ?? []) expect(py - (line?.[0]?.[1] ?? 0)).toBeCloseTo(s * (px - (line?.[0]?.[0] ?? 0)), 1);
    }
    // SVG y grows downwards: A (+0.6 per unit of weight) goes up, B (-0.6) down as steeply, C stays.
    expect(slope(a ?? []) / slope(b ?? [])).toBeCloseTo(-1, 3);
    expect(slope(c ?? [])).toBeCloseTo(0, 9);
    expect(slope(a ?? [])).toBeLessThan(0);
    // At weight 0, B (0.9) is on top, then C (0.5), then A (0.2), spaced 0.4 : 0.3.
    const y0 = [a, b, c].map((p) => p?.[0]?.[1] ?? NaN) as [number, number, number];
    expect(y0[1]).toBeLessThan(y0[2]);
    expect((y0[2] - y0[1]) / (y0[0] - y0[2])).toBeCloseTo(0.4 / 0.3, 3); // path coordinates are written to 0.01 units
  });

  it("marks today's weight (60%) at 60% of the way from the weight-0 end to the weight-1 end", () => {
    const { container } = renderIn(<SpiderChart series={c1} />);
    const a = points(lines(container)[0]?.getAttribute("d") ?? null);
    const x0 = a[0]?.[0] ?? NaN;
    const x1 = a.at(-1)?.[0] ?? NaN;
    expect(attr(container.querySelector('[data-role="now"]'), "x1")).toBeCloseTo(x0 + 0.6 * (x1 - x0), 1);
    expect(container.textContent).toContain("now 60.0%");
  });

  it("finds the three changes of order of the hand-worked example where the algebra puts them", () => {
    const crossings = spiderCrossings(c1);
    expect(crossings.map((c) => [c.ahead, c.behind])).toEqual([["A", "C"], ["A", "B"], ["C", "B"]]);
    expect(crossings.map((c) => c.weight)).toEqual([expect.closeTo(1 / 2, 9), expect.closeTo(7 / 12, 9), expect.closeTo(2 / 3, 9)]);
    renderIn(<SpiderChart series={c1} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain("The order changes 3 times: at 50.0% A passes C; at 58.3% A passes B; at 66.7% C passes B.");
  });

  it("gives every point's score and rank in the collapsed data table, today's row marked", () => {
    const { container } = renderIn(<SpiderChart series={c1} />);
    const rows = within(within(container).getByRole("table")).getAllByRole("row").map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Weight of C1", "A", "B", "C"]);
    expect(rows).toContainEqual(["0.0%", "0.200 (3)", "0.900 (1)", "0.500 (2)"]);
    expect(rows).toContainEqual(["60.0% (now)", "0.560 (1)", "0.540 (2)", "0.500 (3)"]);
    expect(rows).toContainEqual(["100.0%", "0.800 (1)", "0.300 (3)", "0.500 (2)"]);
    expect(rows).toHaveLength(1 + c1.points.length);
  });

  it("picks by default the criterion whose weight changes the order most", () => {
    const flat: SpiderSeries = { criterion: "Flat", weight: 0.9, options: ["A", "B"], points: [0, 0.5, 1].map((weight) => ({ weight, scores: [1, 0], ranks: [1, 2] })) };
    const once: SpiderSeries = {
      criterion: "Once",
      weight: 0.1,
      options: ["A", "B"],
      points: [
        { weight: 0, scores: [1, 0], ranks: [1, 2] },
        { weight: 0.5, scores: [0.5, 0.5], ranks: [1, 1] },
        { weight: 1, scores: [0, 1], ranks: [2, 1] },
      ],
    };
    expect(spiderCrossings(once)).toEqual([{ weight: 0.5, ahead: "B", behind: "A" }]);
    expect(defaultSpiderSeries([flat, once])?.criterion).toBe("Once");
    // Equal counts: the heavier criterion.
    expect(defaultSpiderSeries([flat, { ...flat, criterion: "Heavier", weight: 0.95 }])?.criterion).toBe("Heavier");
    expect(defaultSpiderSeries([])).toBeUndefined();
    // The engine's own: C1 and C2 reorder the three options alike (3 times each); C1 weighs more.
    expect(defaultSpiderSeries(spider)?.criterion).toBe("C1");
  });

  it("draws at most maxLines options, the best today, and says how many more", () => {
    const { container } = renderIn(<SpiderChart series={c1} maxLines={2} />);
    expect(lines(container).map((l) => l.getAttribute("data-option"))).toEqual(["A", "B"]);
    expect(container.textContent).toContain("1 more option ranked lower today not drawn (all are in the data).");
    expect(SPIDER_STYLES).toHaveLength(8);
  });

  it("breaks a line where the method gives no score, and never shows NaN", () => {
    const gappy: SpiderSeries = { ...c1, points: c1.points.map((p, k) => (k === 3 ? { ...p, scores: [NaN, ...p.scores.slice(1)] } : p)) };
    const { container } = renderIn(<SpiderChart series={gappy} />);
    expect((lines(container)[0]?.getAttribute("d")?.match(/M/g) ?? []).length).toBe(2);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it("says when there is nothing to plot, and renders under the dark theme", () => {
    const { container } = renderIn(<SpiderChart series={undefined} />);
    expect(container.textContent).toMatch(/^No weight to vary/);
    const dark = renderIn(<SpiderChart series={c1} higherIsBetter={false} />, "dark");
    expect(lines(dark.container)).toHaveLength(3);
    expect(dark.container.textContent).toContain("score (lower is better)");
    expect(dark.container.innerHTML).not.toMatch(/NaN/);
  });
});
