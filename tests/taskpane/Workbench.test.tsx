/**
 * @jest-environment jsdom
 */
/**
 * The cockpit in a browser-like DOM (Testing Library): weights, weightings, scenarios, data and issues,
 * sensitivity. Expected numbers are worked by hand from examples/pivot-analysis.json (weights 25/20/15/15/10/15).
 */
import { StrictMode } from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { scoringModel, solveDecision, weightSensitivity } from "../../src/core/index";
import { Workbench, type WorkbenchProps } from "../../src/taskpane/Workbench";
import type { PaneData } from "../../src/workbook/pane";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { loadPane } from "../../src/workbook/pane";
import { settingsFrom } from "../../src/workbook/settings";
import { weightModeOf } from "../../src/taskpane/simulation/SimulationPanel";
import { sampleBook, samplePane } from "../helpers/pane-data";

let clean: PaneData;
let messy: PaneData;
beforeAll(async () => {
  clean = (await samplePane()).data;
  messy = (await samplePane("messy")).data;
});

function show(props: Partial<WorkbenchProps> & { data: PaneData }, theme = webLightTheme) {
  return render(
    <FluentProvider theme={theme}>
      <Workbench {...props} />
    </FluentProvider>,
  );
}

function ranking(): string[] {
  return within(screen.getByRole("list", { name: "Ranking" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent?.replace(/-?\d+\.\d{3}$/, "").trim() ?? "");
}

const typeShare = (criterion: string, percent: string) => fireEvent.change(screen.getByLabelText(`${criterion} weight value`), { target: { value: percent } });
const tab = (name: RegExp) => fireEvent.click(screen.getByRole("tab", { name }));
const ALL = ["Market Size", "Our Fit", "Technical Risk", "Business Risk", "Time to Market", "Venture Scale"];

describe("weights and ranking", () => {
  it("shows each criterion's share and the ranking: ML Infra first with the sample's weights", () => {
    show({ data: clean });
    expect(screen.getByText("Market Size: 25.0%")).toBeTruthy();
    expect(ranking()[0]).toBe("1. ML Infra");
  });

  it("starts from the weights the problem uses, whatever its weighting (equal weights: 6 x 16.7%)", () => {
    show({ data: { ...clean, decision: { ...clean.decision!, settings: { ...clean.decision!.settings, weights: { method: "equal" } } } } });
    expect(screen.getByText("Market Size: 16.7%")).toBeTruthy();
    expect(screen.getByText("Venture Scale: 16.7%")).toBeTruthy();
  });

  it("a share typed for one criterion rescales the others in proportion (Market Size 50%: Our Fit 20 x 0.5/0.75 = 13.3%)", () => {
    show({ data: clean });
    typeShare("Market Size", "50");
    expect(screen.getByText("Market Size: 50.0%")).toBeTruthy();
    expect(screen.getByText("Our Fit: 13.3%")).toBeTruthy();
    expect(screen.getByText("Time to Market: 6.7%")).toBeTruthy();
    expect(screen.getByText("Venture Scale: 10.0%")).toBeTruthy();
  });

  it("re-ranks as weights move: Venture Scale alone puts the five Yes options first, Maybe 6th, No 7th", () => {
    show({ data: clean });
    typeShare("Venture Scale", "100");
    expect(screen.getByText("Venture Scale: 100.0%")).toBeTruthy();
    // Yes/Maybe/No read as 1/0.5/0, min-max normalised: 1, 0.5, 0.
    const rows = ranking();
    expect(rows.slice(0, 5).every((r) => r.startsWith("1. "))).toBe(true);
    expect(rows[5]).toBe("6. Dev Tools");
    expect(rows[6]).toBe("7. Learned DB");
  });

  it("keeps the shares summing to 100%: zeroing five criteria leaves the sixth at 100%, and a sixth zero spreads 100% over the rest", () => {
    show({ data: clean });
    for (const name of ALL.slice(0, 5)) typeShare(name, "0");
    expect(screen.getByText("Venture Scale: 100.0%")).toBeTruthy();
    typeShare("Venture Scale", "0");
    for (const name of ALL.slice(0, 5)) expect(screen.getByText(`${name}: 20.0%`)).toBeTruthy();
  });

  it("ignores what is not a number in a weight box and reads a negative share as 0% (no NaN anywhere)", () => {
    const { container } = show({ data: clean });
    typeShare("Our Fit", "abc");
    expect(screen.getByText("Market Size: 25.0%")).toBeTruthy();
    typeShare("Our Fit", "-5");
    expect(screen.getByText("Our Fit: 0.0%")).toBeTruthy();
    // The other 80% rescaled to 100%: 25 / 0.8 = 31.25%.
    expect(screen.getByText("Market Size: 31.3%")).toBeTruthy();
    expect(container.textContent).not.toContain("NaN");
  });

  it("Equal gives every criterion 1/6 = 16.7%", () => {
    show({ data: clean });
    fireEvent.click(screen.getByRole("button", { name: "Equal" }));
    for (const name of ALL) expect(screen.getByText(`${name}: 16.7%`)).toBeTruthy();
  });

  it("Rank order gives rank-order centroid weights in the current order of importance (Barron & Barrett 1996)", () => {
    show({ data: clean });
    // Distinct shares so the order is strict: MS 30 > OF 25 > TR 20 > BR 15 > VS 7 > TtM 3.
    const wanted: [string, number][] = [["Market Size", 30], ["Our Fit", 25], ["Technical Risk", 20], ["Business Risk", 15], ["Venture Scale", 7], ["Time to Market", 3]];
    for (const [name, share] of wanted) typeShare(name, String(share));
    // Shares after six proportional rescalings are not exactly those, but their order is.
    fireEvent.click(screen.getByRole("button", { name: "Rank order" }));
    // ROC for n = 6: w_k = (1/6) sum_{i=k..6} 1/i -> 40.8, 24.2, 15.8, 10.3, 6.1, 2.8 (%).
    const roc = [1, 2, 3, 4, 5, 6].map((k) => [1, 2, 3, 4, 5, 6].filter((i) => i >= k).reduce((t, i) => t + 1 / i, 0) / 6);
    const order = ["Market Size", "Our Fit", "Technical Risk", "Business Risk", "Venture Scale", "Time to Market"];
    order.forEach((name, k) => expect(screen.getByText(`${name}: ${(100 * (roc[k] ?? 0)).toFixed(1)}%`)).toBeTruthy());
    expect((100 * (roc[0] ?? 0)).toFixed(1)).toBe("40.8");
  });

  it("Entropy, worked by hand on a small table: a constant column carries no information (weight 0)", async () => {
    // Shannon entropy weights (Zeleny 1982; Hwang & Yoon 1981): p_ij = x_ij / sum_i x_ij,
    // e_j = -sum_i p_ij ln p_ij / ln m, w_j = (1 - e_j) / sum_k (1 - e_k).
    // Steady = 5, 5, 5: p = 1/3 each, e = 1, d = 0. Spread = 1, 1, 2: p = 1/4, 1/4, 1/2,
    // e = -(2 (1/4) ln(1/4) + (1/2) ln(1/2)) / ln 3 = 0.9464, d = 0.0536: all the weight on Spread.
    const workbook = new MemoryWorkbook([{ name: "Data", cells: [["Option", "Steady", "Spread"], ["x", 5, 1], ["y", 5, 1], ["z", 5, 2]] }], [{ name: "Opportunities", sheet: "Data", address: "A1:C4" }]);
    show({ data: await loadPane(workbook) });
    expect(screen.getByText("Steady: 50.0%")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Entropy" }));
    expect(screen.getByText("Steady: 0.0%")).toBeTruthy();
    expect(screen.getByText("Spread: 100.0%")).toBeTruthy();
    expect(ranking()[0]).toBe("1. z");
  });

  it("CRITIC, worked by hand on a small table: uncorrelated criteria weigh by their spread alone", async () => {
    // CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): min-max normalise, C_j = sigma_j sum_k (1 - r_jk),
    // w_j = C_j / sum C. Reach 1, 2, 3 -> 0, 0.5, 1 (sigma = sqrt(1/6)); Quality 1, 2, 1 -> 0, 1, 0
    // (sigma = sqrt(2/9)); their correlation is 0, so w = sigma / (sqrt(1/6) + sqrt(2/9)): 46.4% and 53.6%.
    const workbook = new MemoryWorkbook([{ name: "Data", cells: [["Option", "Reach", "Quality"], ["x", 1, 1], ["y", 2, 2], ["z", 3, 1]] }], [{ name: "Opportunities", sheet: "Data", address: "A1:C4" }]);
    show({ data: await loadPane(workbook) });
    fireEvent.click(screen.getByRole("button", { name: "CRITIC" }));
    const reach = Math.sqrt(1 / 6) / (Math.sqrt(1 / 6) + Math.sqrt(2 / 9));
    expect(screen.getByText(`Reach: ${(100 * reach).toFixed(1)}%`)).toBeTruthy();
    expect(screen.getByText(`Quality: ${(100 * (1 - reach)).toFixed(1)}%`)).toBeTruthy();
    expect((100 * reach).toFixed(1)).toBe("46.4");
  });

  it("Entropy and CRITIC replace the weights with data-derived ones that sum to 100%", () => {
    show({ data: clean });
    for (const name of ["Entropy", "CRITIC"]) {
      fireEvent.click(screen.getByRole("button", { name }));
      const shares = ALL.map((c) => Number(/: ([\d.]+)%$/.exec(screen.getByText(new RegExp(`^${c}: `)).textContent ?? "")?.[1]));
      expect(shares.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      expect(Math.abs(shares.reduce((t, x) => t + x, 0) - 100)).toBeLessThan(0.35);
      expect(screen.getByRole("button", { name: "Reset weights" })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole("button", { name: "Reset weights" }));
    expect(screen.getByText("Market Size: 25.0%")).toBeTruthy();
  });

  it("Pairwise (AHP) opens the editor; judging every pair equal and applying gives 1/6 each (Saaty: a consistent matrix of ones)", () => {
    show({ data: clean });
    fireEvent.click(screen.getByRole("button", { name: "Pairwise (AHP)" }));
    fireEvent.click(screen.getByRole("button", { name: /use these weights/i }));
    for (const name of ALL) expect(screen.getByText(`${name}: 16.7%`)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /use these weights/i })).toBeNull();
  });

  it("recommends with reasons, values in their own units", async () => {
    show({ data: clean });
    const card = await screen.findByRole("region", { name: "Recommendation" });
    expect(card.textContent).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
    expect(card.textContent).toMatch(/Our Fit from 85(\.0)?% to/);
  });

  it("renders under the dark theme", () => {
    const { container } = show({ data: clean }, webDarkTheme);
    expect(container.textContent).toContain("ML Infra");
  });
});

describe("saving and restoring the pane", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("saves the moved weights once they settle, by criterion name", () => {
    const onSave = jest.fn();
    show({ data: clean, onSave, saveDelay: 500 });
    typeShare("Market Size", "50");
    typeShare("Market Size", "40");
    expect(onSave).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(600));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved.settings).toEqual({ scenario: "" });
    expect(saved.state.weights["Market Size"]).toBeCloseTo(0.4, 12);
    expect(saved.state.weights["Our Fit"]).toBeCloseTo(0.2 * (0.6 / 0.75), 12);
  });

  it("writes nothing when the pane opens, even under React's development double mount", () => {
    const onSave = jest.fn();
    render(
      <StrictMode>
        <FluentProvider theme={webLightTheme}>
          <Workbench data={clean} onSave={onSave} saveDelay={10} />
        </FluentProvider>
      </StrictMode>,
    );
    act(() => jest.advanceTimersByTime(100));
    expect(onSave).not.toHaveBeenCalled();
  });

  it("saves a pending move at once when the pane closes", () => {
    const onSave = jest.fn();
    const { unmount } = show({ data: clean, onSave, saveDelay: 10_000 });
    typeShare("Market Size", "40");
    unmount();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0].state.weights["Market Size"]).toBeCloseTo(0.4, 12);
  });

  it("restores the stored weights and scenario", () => {
    const weights = { "Market Size": 0.5, "Our Fit": 0.1, "Technical Risk": 0.1, "Business Risk": 0.1, "Time to Market": 0.1, "Venture Scale": 0.1 };
    show({ data: { ...clean, state: { weights, scenarios: [] } } });
    expect(screen.getByText("Market Size: 50.0%")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Reset weights" })).toBeTruthy();
  });
});

describe("scenarios", () => {
  it("picking a scenario shows its weights and leaves out what its constraints exclude (Venture scale: Venture Scale = Yes)", () => {
    show({ data: clean });
    tab(/Scenarios/);
    fireEvent.click(screen.getByRole("radio", { name: "Venture scale" }));
    tab(/Ranking/);
    expect(screen.getByText("Market Size: 40.0%")).toBeTruthy();
    const rows = ranking().map((r) => r.replace(/^\d+\. /, ""));
    expect(rows).not.toContain("Learned DB");
    expect(rows).not.toContain("Dev Tools");
    expect(rows).toHaveLength(5);
  });

  it("shows every option's rank in every scenario side by side, 'out' where a constraint leaves it out", () => {
    show({ data: clean });
    tab(/Scenarios/);
    const table = screen.getByRole("table", { name: "Ranks by scenario" });
    const header = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(header).toEqual(["Option", "Now", "Analyst's weights", "Risk-averse bootstrap", "Venture scale", "Worst regret"]);
    const learned = within(table).getAllByRole("row").find((r) => within(r).queryByText("Learned DB"));
    const cells = within(learned as HTMLElement).getAllByRole("cell").map((c) => c.textContent);
    // Learned DB is the risk-averse winner (its 6 months is the only time to market <= 12 months with Low technical risk ... see docs),
    // and "No" on Venture Scale leaves it out of the venture scenario.
    expect(cells[3]).toBe("1");
    expect(cells[4]).toBe("out");
  });

  it("makes a scenario from the weights on screen, edits it with the sliders, and keeps it for the save", () => {
    jest.useFakeTimers();
    const onSave = jest.fn();
    show({ data: clean, onSave, saveDelay: 10 });
    typeShare("Market Size", "50");
    tab(/Scenarios/);
    fireEvent.click(screen.getByRole("button", { name: "New scenario from these weights" }));
    expect(screen.getByRole("radio", { name: "New scenario (made here)" })).toBeTruthy();
    expect((screen.getByRole("radio", { name: "New scenario (made here)" }) as HTMLInputElement).checked).toBe(true);
    tab(/Ranking/);
    expect(screen.getByText("Weights (New scenario)")).toBeTruthy();
    typeShare("Venture Scale", "100");
    act(() => jest.advanceTimersByTime(50));
    const last = onSave.mock.calls.at(-1)?.[0];
    expect(last.settings.scenario).toBe("New scenario");
    expect(last.state.scenarios).toHaveLength(1);
    expect(last.state.scenarios[0].weights["Venture Scale"]).toBeCloseTo(1, 12);
    // The analyst's own weights stayed as they were moved before.
    expect(last.state.weights["Market Size"]).toBeCloseTo(0.5, 12);
    jest.useRealTimers();
  });

  it("duplicates a table scenario with its constraints; only scenarios made here can be deleted", () => {
    show({ data: clean });
    tab(/Scenarios/);
    fireEvent.click(screen.getByRole("radio", { name: "Venture scale" }));
    expect(screen.getByRole("button", { name: "Delete" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Duplicate" }));
    expect((screen.getByRole("radio", { name: "Venture scale copy (made here)" }) as HTMLInputElement).checked).toBe(true);
    const table = screen.getByRole("table", { name: "Ranks by scenario" });
    const learned = within(table).getAllByRole("row").find((r) => within(r).queryByText("Learned DB"));
    expect(within(learned as HTMLElement).getAllByRole("cell").map((c) => c.textContent)[5]).toBe("out");
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(screen.queryByRole("radio", { name: /Venture scale copy/ })).toBeNull();
    expect((screen.getByRole("radio", { name: "Current weights (no scenario)" }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("simulation", () => {
  it("runs the Monte Carlo with the weights on screen and says how often the leader ranks first", async () => {
    show({ data: clean });
    tab(/Simulation/);
    fireEvent.change(screen.getByRole("spinbutton", { name: /draws/i }), { target: { value: "500" } });
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    const status = await screen.findByText(/ranks first in/, undefined, { timeout: 15_000 });
    expect(status.textContent).toMatch(/^ML Infra ranks first in \d+\.\d% of the 500 draws/);
    expect(screen.getByRole("img", { name: /acceptab/i })).toBeTruthy();
  }, 20_000);
});

describe("simulation settings", () => {
  it("runs with the weight mode chosen and keeps it with the draws in the workbook's settings (refresh reads the same text)", async () => {
    const onSave = jest.fn();
    show({ data: clean, onSave });
    tab(/Simulation/);
    fireEvent.click(screen.getByRole("combobox", { name: "Weights vary" }));
    fireEvent.click(screen.getByRole("option", { name: "Not at all (only uncertain inputs vary)" }));
    fireEvent.change(screen.getByRole("spinbutton", { name: /draws/i }), { target: { value: "300" } });
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(onSave).toHaveBeenCalledWith({ settings: { draws: 300, weights: "fixed" } });
    expect(settingsFrom({ weights: "fixed" }).weights).toBe("fixed");
    await screen.findByText(/ranks first in/, undefined, { timeout: 15_000 });
  }, 20_000);

  it("offers the mode the workbook stores even when it is not one of the usual ones", () => {
    expect(weightModeOf({ kind: "around", percent: 15 })).toEqual({ text: "±15%", label: "Within ±15% of these weights", spec: { kind: "around", percent: 15 } });
    expect(weightModeOf({ kind: "uniform" }).label).toBe("Any weights at all (no preference)");
    // The text is what refresh's settings reader understands.
    expect(settingsFrom({ weights: "±15%" }).weights).toBe("±15%");
  });
});

describe("scenarios kept in the workbook", () => {
  it("a scenario made in the pane comes back on reopening, editable and deletable", async () => {
    const workbook = sampleBook();
    const mine = { name: "Mine", weights: { "Market Size": 0.5, "Our Fit": 0.1, "Technical Risk": 0.1, "Business Risk": 0.1, "Time to Market": 0.1, "Venture Scale": 0.1 }, overrides: [], constraints: [] };
    await workbook.saveSettings({ paneScenarios: JSON.stringify([mine]), scenario: "Mine" });
    const data = await loadPane(workbook);
    const onSave = jest.fn();
    jest.useFakeTimers();
    show({ data, onSave, saveDelay: 10 });
    expect(screen.getByText("Weights (Mine)")).toBeTruthy();
    expect(screen.getByText("Market Size: 50.0%")).toBeTruthy();
    typeShare("Market Size", "60");
    expect(screen.getByText("Market Size: 60.0%")).toBeTruthy();
    act(() => jest.advanceTimersByTime(50));
    expect(onSave.mock.calls.at(-1)?.[0].state.scenarios[0].weights["Market Size"]).toBeCloseTo(0.6, 12);
    tab(/Scenarios/);
    expect(screen.getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual(["", "Analyst's weights", "Risk-averse bootstrap", "Venture scale", "Mine"]);
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(screen.queryByRole("radio", { name: /Mine/ })).toBeNull();
    act(() => jest.advanceTimersByTime(50));
    expect(onSave.mock.calls.at(-1)?.[0]).toEqual({ settings: { scenario: "" }, state: { scenarios: [] } });
    jest.useRealTimers();
  });

  it("says that weights moved on a row of the Scenarios table are not kept", () => {
    show({ data: clean });
    tab(/Scenarios/);
    fireEvent.click(screen.getByRole("radio", { name: "Venture scale" }));
    tab(/Ranking/);
    expect(screen.queryByText(/These weights are not kept/)).toBeNull();
    typeShare("Market Size", "10");
    expect(screen.getByText(/These weights are not kept/)).toBeTruthy();
    expect(screen.getByText(/Left out by this scenario: Learned DB \(Venture Scale = Yes\); Dev Tools \(Venture Scale = Yes\)/)).toBeTruthy();
  });
});

describe("data and issues", () => {
  it("lists the tables with their roles and the criteria with their scales", () => {
    show({ data: clean });
    tab(/Data/);
    const tables = screen.getByRole("list", { name: "Tables found" });
    expect(tables.textContent).toContain("Opportunities (Opportunities!A1:G8, 7 rows): options");
    expect(tables.textContent).toContain("Criteria (Criteria!A1:H7, 6 rows): criteria definitions");
    const criteria = screen.getByRole("table", { name: "Criteria as read" });
    expect(within(criteria).getAllByText("levels (Low, Medium, High)", { exact: false })).toHaveLength(2);
    expect(screen.getByText("Every cell was read.")).toBeTruthy();
  });

  it("lists every unreadable cell; clicking one selects it (HFT Network's Our Fit is C5: 4th data row, 3rd column)", () => {
    const onSelect = jest.fn();
    show({ data: messy, onSelect });
    expect(screen.getByRole("tab", { name: /Data \(6\)/ })).toBeTruthy();
    tab(/Data/);
    const issues = screen.getByRole("list", { name: "Issues" });
    expect(within(issues).getAllByRole("listitem")).toHaveLength(6);
    fireEvent.click(within(issues).getByRole("button", { name: /^Go to Opportunities!C5: .*TBD/ }));
    expect(onSelect).toHaveBeenCalledWith({ sheet: "Opportunities", cell: "C5" });
    fireEvent.click(within(issues).getByRole("button", { name: /^Go to Opportunities!B8: .*a lot/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ sheet: "Opportunities", cell: "B8" });
  });

  it("ranks the options that could be read and leaves the others out", () => {
    show({ data: messy });
    expect(ranking().map((r) => r.replace(/^\d+\. /, "")).sort()).toEqual(["Edge Computing", "Learned DB", "ML Infra", "Zero Trust"]);
  });
});

describe("sensitivity", () => {
  it("shows how far each weight may move, and the nearest change of the top choice, as the engine computes them", async () => {
    show({ data: clean });
    tab(/Sensitivity/);
    const solved = solveDecision(clean.decision!).result;
    if (!solved.ok) throw new Error("sample unsolvable");
    const intervals = weightSensitivity(scoringModel(solved), { spider: false, pairs: "top" }).intervals;
    const section = await screen.findByRole("region", { name: "Weight stability" });
    for (const i of intervals) {
      expect(within(section).getByRole("img", { name: new RegExp(`^${i.criterion}: the top choice holds from ${(100 * i.top.low).toFixed(1)}% to ${(100 * i.top.high).toFixed(1)}%`) })).toBeTruthy();
    }
    // Hand-worked in tests/examples/sample.test.ts: Our Fit may rise to 37.1% before HFT Network draws level.
    expect(section.textContent).toContain("if Our Fit goes from 20.0% to 37.1%: HFT Network then draws level");
  });

  it("shows the tornado of the top option's score, inputs in their own units, and a spider per chosen criterion", async () => {
    show({ data: clean });
    tab(/Sensitivity/);
    const tornado = await screen.findByRole("img", { name: /^Tornado chart of ML Infra's score/ });
    // Our Fit 85% +-6% (the sample's uncertainty): 79.9% to 90.1%, the largest swing.
    expect(tornado.closest("figure")?.textContent).toContain("ML Infra · Our Fit79.9% to 90.1%");
    fireEvent.click(screen.getByRole("combobox", { name: "Criterion" }));
    fireEvent.click(screen.getByRole("option", { name: "Market Size" }));
    expect(screen.getByRole("img", { name: /^Spider plot: .* as the weight of Market Size goes from 0% to 100% \(now 25\.0%/ })).toBeTruthy();
  });
});
