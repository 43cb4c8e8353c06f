/**
 * @jest-environment jsdom
 */
/**
 * The Monte Carlo panel in a browser-like DOM (jsdom has no Worker, so runs happen on the page, through
 * the same engine code as the worker): progress, Cancel, and the summary's percentage against values
 * known without the engine.
 */
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Decision, SmaaResult } from "../../../src/core/index";
import * as client from "../../../src/taskpane/simulation/client";
import { MARGIN_Z, SimulationPanel, summarize } from "../../../src/taskpane/simulation/SimulationPanel";
import { useSimulation } from "../../../src/taskpane/simulation/useSimulation";
import { dominated, sample, symmetric } from "./problems";

function show(decision: Decision, props: { renderResult?: (result: SmaaResult) => ReactNode; sliceMs?: number } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SimulationPanel decision={decision} runOptions={{ where: "page", ...(props.sliceMs !== undefined ? { sliceMs: props.sliceMs } : {}) }} {...(props.renderResult ? { renderResult: props.renderResult } : {})} />
    </FluentProvider>,
  );
}

const draws = () => screen.getByRole("spinbutton", { name: "Draws" });
const runButton = () => screen.getByRole("button", { name: "Run" });
const summary = () => screen.findByText(/ranks? first in/, {}, { timeout: 10_000 });

/** "North ranks first in 50.3% of the 5,000 draws (± 1.4 points, 95% margin)." as numbers. */
function parseSummary(text: string): { who: string; percent: number; draws: number; margin: number | null } {
  const match = /^(.+?) ranks first in ([\d.]+)% of the ([\d,]+) draws(?: \(± ([\d.]+) points, 95% margin\))?\.$/.exec(text);
  if (!match) throw new Error(`unexpected summary: ${text}`);
  return { who: match[1] ?? "", percent: Number(match[2]), draws: Number((match[3] ?? "").replace(/,/g, "")), margin: match[4] === undefined ? null : Number(match[4]) };
}

describe("the Monte Carlo panel", () => {
  it("starts from the decision's draws and reports the dominating option first in 100% of the draws (closed form)", async () => {
    show(dominated);
    expect((draws() as HTMLInputElement).value).toBe("2000");
    fireEvent.click(runButton());
    const text = (await summary()).textContent ?? "";
    // Alpha is best on every criterion: it outranks the others under every weight vector.
    expect(parseSummary(text)).toEqual({ who: "Alpha", percent: 100, draws: 2000, margin: null });
  });

  it("gives a symmetric two-option decision about 50%, within 4 standard errors, with the 95% margin shown", async () => {
    show(symmetric);
    fireEvent.change(draws(), { target: { value: "20000" } });
    fireEvent.click(runButton());
    const shown = parseSummary((await summary()).textContent ?? "");
    expect(shown.draws).toBe(20_000);
    expect(["North", "South"]).toContain(shown.who);
    // P(first) = P(w1 > w2) = 1/2 for weights uniform on the simplex; the leader's share is at least half.
    const se = Math.sqrt(0.25 / shown.draws);
    expect(shown.percent / 100).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(shown.percent / 100 - 0.5)).toBeLessThanOrEqual(4 * se + 0.0005);
    // The margin is 1.96 binomial standard errors of the shown share, to the 0.1 point shown.
    const p = shown.percent / 100;
    expect(shown.margin).toBeCloseTo(100 * MARGIN_Z * Math.sqrt((p * (1 - p)) / shown.draws), 1);
  });

  it("shows progress while running, with an accessible label and value text, and Cancel stops the run early", async () => {
    show(sample, { sliceMs: 0 });
    fireEvent.change(draws(), { target: { value: "1000000" } });
    fireEvent.click(runButton());
    const bar = await screen.findByRole("progressbar", { name: "Simulation progress" });
    await waitFor(() => expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(2000));
    expect(bar.getAttribute("aria-valuemax")).toBe("1000000");
    expect(bar.getAttribute("aria-valuetext")).toMatch(/^[\d,]+ of 1,000,000 draws$/);
    expect(screen.getByText(/^[\d,]+ of 1,000,000 draws$/)).toBeTruthy();
    expect(runButton().getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    const note = await screen.findByText(/^The simulation was cancelled after \d+ of 1000000 draws/);
    expect(note).toBeTruthy();
    const made = Number(/after (\d+) of/.exec(note.textContent ?? "")?.[1]);
    expect(made).toBeGreaterThanOrEqual(2000);
    expect(made).toBeLessThan(1_000_000);
    expect(parseSummary((await summary()).textContent ?? "").draws).toBe(made);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("button", { name: "Cancel" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("refuses draws outside 100 to 1,000,000", () => {
    show(dominated);
    fireEvent.change(draws(), { target: { value: "50" } });
    expect(runButton().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("A whole number from 100 to 1,000,000.")).toBeTruthy();
    fireEvent.change(draws(), { target: { value: "1500" } });
    expect(runButton().getAttribute("aria-disabled")).toBeNull();
  });

  it("hands the result to renderResult for the parent's chart", async () => {
    const seen: SmaaResult[] = [];
    show(dominated, { renderResult: (result) => (seen.push(result), <p>chart of {result.options.length} options</p>) });
    fireEvent.click(runButton());
    expect(await screen.findByText("chart of 3 options", {}, { timeout: 10_000 })).toBeTruthy();
    expect(seen.at(-1)?.draws).toBe(2000);
  });

  it("says why when the decision cannot be simulated", async () => {
    show({ ...dominated, settings: { ...dominated.settings, simulation: { ...dominated.settings.simulation, weights: { kind: "order", order: ["Nonsense"] } } } });
    fireEvent.click(runButton());
    expect(await screen.findByText(/Nonsense/, {}, { timeout: 10_000 })).toBeTruthy();
  });
});

describe("the summary sentence", () => {
  const estimate = (value: number, standardError = 0) => ({ value, standardError });
  const result = (first: number[], draws = 1000): SmaaResult => ({
    draws,
    requested: draws,
    seed: 1,
    options: first.map((_, i) => `O${i + 1}`),
    criteria: ["c"],
    acceptability: first.map((p) => [estimate(p, Math.sqrt((p * (1 - p)) / draws))]),
    holistic: [],
    centralWeights: [],
    confidence: [],
    pairwise: [],
    issues: [],
  });

  it("names every option sharing the top first-rank acceptability", () => {
    expect(summarize(result([0.4, 0.4, 0.2]))).toBe(`O1 and O2 each rank first in 40.0% of the 1,000 draws (± ${(100 * MARGIN_Z * Math.sqrt(0.24 / 1000)).toFixed(1)} points, 95% margin).`);
  });

  it("says there is no result when no draw was made", () => {
    expect(summarize(result([0, 0], 0))).toBe("No draws were made, so there is no result yet.");
  });
});

describe("useSimulation", () => {
  /** The runs the hook starts, each with its cancel() watched (the real runs go on underneath). */
  const handles: { cancel: jest.Mock }[] = [];
  beforeEach(() => {
    handles.length = 0;
    const real = client.startSimulation;
    jest.spyOn(client, "startSimulation").mockImplementation((...args) => {
      const handle = real(...args);
      const wrapped = { result: handle.result, cancel: jest.fn(() => handle.cancel()) };
      handles.push(wrapped);
      return wrapped;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("cancels the run in progress when a new one starts, and reports only the new one", async () => {
    const { result } = renderHook(() => useSimulation(dominated, { where: "page", sliceMs: 0 }));
    act(() => result.current.run({ draws: 500_000 }));
    act(() => result.current.run({ draws: 3000 }));
    expect(handles[0]?.cancel).toHaveBeenCalled();
    await waitFor(() => expect(result.current.status).toBe("done"), { timeout: 10_000 });
    expect(result.current.total).toBe(3000);
    expect(result.current.result?.draws).toBe(3000);
  });

  it("cancels the run when the component unmounts", () => {
    const { result, unmount } = renderHook(() => useSimulation(dominated, { where: "page" }));
    act(() => result.current.run({ draws: 500_000 }));
    expect(result.current.status).toBe("running");
    unmount();
    expect(handles[0]?.cancel).toHaveBeenCalledTimes(1);
  });
});
