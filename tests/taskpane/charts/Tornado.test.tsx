/**
 * @jest-environment jsdom
 */
/** The tornado chart drawn from the engine's tornado of a problem small enough to check by hand. */
import { screen, within } from "@testing-library/react";
import { tornado, type Tornado } from "../../../src/core/index";
import { TornadoChart } from "../../../src/taskpane/charts/Tornado";
import { CHART_WIDTH, fitText, textWidth } from "../../../src/taskpane/charts/common";
import { tornadoProblem } from "../../helpers/prepared";
import { attr, renderIn, shown } from "./helpers";

// A = (0.6, 0.5), B = (0.5, 0.7), weights (0.5, 0.5), no normalisation: A 0.55, B 0.60, B on top, and
// B's score is (C1 + C2) / 2. B's C1 over 0.3..0.7 moves it 0.50..0.70 (A on top at 0.3: 0.55 > 0.50);
// B's C2 over 0.63..0.77 moves it 0.565..0.635; A's C2 over 0.3..0.9 leaves it at 0.60, but at 0.9 A
// scores 0.75 and comes first.
function handTornado(): Tornado {
  const p = tornadoProblem();
  const t = tornado(p.inputs, p.uncertain);
  if (!t) throw new Error("no tornado");
  return t;
}

const rows = (container: HTMLElement) => [...container.querySelectorAll('[data-role="tornado-row"]')];
const bars = (container: HTMLElement) => [...container.querySelectorAll('rect[data-role="bar"]')];

describe("the tornado chart", () => {
  const data = handTornado();

  it("draws one bar per input, largest swing first, labelled 'Option · Criterion' with the input's low and high values", () => {
    const { container } = renderIn(<TornadoChart tornado={data} />);
    expect(bars(container)).toHaveLength(3);
    const labels = rows(container).map((r) => [...r.querySelectorAll("text")].map(shown));
    expect(labels.map((l) => l[0])).toEqual(["B · C1", "B · C2", "A · C2"]);
    expect(labels.map((l) => l[1])).toEqual(["0.3 to 0.7", "0.63 to 0.77", "0.3 to 0.9"]);
  });

  it("makes each bar's length its swing: bar 1 / bar 2 = 0.20 / 0.07, and today's score line cuts bar 1 in half", () => {
    const { container } = renderIn(<TornadoChart tornado={data} />);
    const [first, second] = bars(container);
    expect(attr(first, "width") / attr(second, "width")).toBeCloseTo(0.2 / 0.07, 6);
    // B's C1 bar runs 0.50..0.70 and B scores 0.60 today: the base line is at its middle.
    const base = container.querySelector('[data-role="base"]');
    expect(attr(base, "x1")).toBeCloseTo(attr(first, "x") + attr(first, "width") / 2, 6);
    // B's C2 bar (0.565..0.635) is centred there too.
    expect(attr(second, "x") + attr(second, "width") / 2).toBeCloseTo(attr(base, "x1"), 6);
  });

  it("marks in words the bars whose end changes the top choice (A first with B's C1 low, and with A's C2 high)", () => {
    const { container } = renderIn(<TornadoChart tornado={data} />);
    const markers = rows(container).map((r) => [...r.querySelectorAll("text")].map(shown).find((t) => t.startsWith("◆")) ?? null);
    expect(markers).toEqual(["◆ Top choice changes: A at low", null, "◆ Top choice changes: A at high"]);
    expect(rows(container).map((r) => r.querySelectorAll('[data-role="winner-marker"]').length)).toEqual([1, 0, 1]);
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/2 of them change the top choice: B · C1 \(A at low\); A · C2 \(A at high\)/);
  });

  it("shows at most maxBars bars and says how many more there are; the data table still lists every input", () => {
    const { container } = renderIn(<TornadoChart tornado={data} maxBars={2} />);
    expect(bars(container)).toHaveLength(2);
    expect(screen.getByText("1 more input with smaller swings not drawn (all are in the data).")).toBeTruthy();
    const table = within(container).getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 3);
  });

  it("gives the numbers in a collapsed data table: low, high, the score at each and the swing", () => {
    const { container } = renderIn(<TornadoChart tornado={data} />);
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    // A table wider than the pane scrolls in a region a keyboard can reach.
    expect(within(container).getByRole("region", { name: /^B's score/ }).tabIndex).toBe(0);
    const cells = within(within(container).getByRole("table")).getAllByRole("row").map((r) => [...r.children].map((c) => c.textContent));
    expect(cells[0]).toEqual(["Input", "Low", "High", "Score at low", "Score at high", "Swing", "Top choice at low", "Top choice at high"]);
    expect(cells[1]).toEqual(["B · C1", "0.3", "0.7", "0.500", "0.700", "0.200", "A", "B"]);
    expect(cells[2]).toEqual(["B · C2", "0.63", "0.77", "0.565", "0.635", "0.070", "B", "B"]);
    expect(cells[3]).toEqual(["A · C2", "0.3", "0.9", "0.600", "0.600", "0.000", "B", "A"]);
  });

  it("writes input values with the parent's formatter", () => {
    const { container } = renderIn(<TornadoChart tornado={data} formatInput={(x, bar) => `${Math.round(100 * x)}% (${bar.criterion})`} />);
    expect(shown(rows(container)[0]?.querySelectorAll("text")[1] as Element)).toBe("30% (C1) to 70% (C1)");
  });

  it("summarises the chart for screen readers: the option followed, its score and the largest swings", () => {
    renderIn(<TornadoChart tornado={data} />);
    const label = screen.getByRole("img").getAttribute("aria-label") ?? "";
    expect(label).toMatch(/^Tornado chart of B's score, now 0\.600, as each of 3 uncertain inputs goes from its low to its high value, largest swing first: B · C1 from 0\.500 to 0\.700; B · C2 from 0\.565 to 0\.635/);
  });

  it("says so in a sentence when no input has a range", () => {
    const { container } = renderIn(<TornadoChart tornado={null} />);
    expect(container.textContent).toMatch(/^No input has a range/);
    const empty = renderIn(<TornadoChart tornado={{ option: "B", score: 0.6, bars: [] }} />);
    expect(empty.container.querySelector("svg")).toBeNull();
  });

  it("cuts a long name with an ellipsis inside the chart and keeps the full name in a <title>", () => {
    const long = "A very long option name that cannot possibly fit in a task pane";
    const renamed: Tornado = { ...data, bars: data.bars.map((b) => ({ ...b, option: b.option === "B" ? long : b.option })) };
    const { container } = renderIn(<TornadoChart tornado={renamed} />);
    const label = rows(container)[0]?.querySelector("text") as Element;
    expect(shown(label).endsWith("…")).toBe(true);
    expect(label.querySelector("title")?.textContent).toBe(`${long} · C1`);
    const values = shown(rows(container)[0]?.querySelectorAll("text")[1] as Element);
    expect(textWidth(shown(label), 12) + textWidth(values, 11)).toBeLessThanOrEqual(CHART_WIDTH);
  });

  it("never shows NaN, even for scores that are not finite", () => {
    const broken: Tornado = { ...data, score: NaN, bars: [{ ...(data.bars[0] as Tornado["bars"][number]), scoreAtLow: NaN, scoreAtHigh: Infinity, swing: NaN }] };
    const { container } = renderIn(<TornadoChart tornado={broken} />);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it("renders under the dark theme", () => {
    const { container } = renderIn(<TornadoChart tornado={data} />, "dark");
    expect(bars(container)).toHaveLength(3);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });
});

describe("fitting text", () => {
  it("leaves a short text alone and cuts a long one to fit with an ellipsis", () => {
    expect(fitText("Short", 100, 12)).toEqual({ text: "Short", cut: false });
    const cut = fitText("M".repeat(40), 100, 12);
    expect(cut.cut).toBe(true);
    expect(cut.text.endsWith("…")).toBe(true);
    expect(textWidth(cut.text, 12)).toBeLessThanOrEqual(100);
  });
});
