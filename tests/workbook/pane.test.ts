/**
 * The pane's side of the workbook: what it reads (tables, issues on their cells, its stored state), what
 * it stores (merged into the settings, the analyst's sheets untouched), and refresh using the same state.
 */
import type { RefreshNote } from "../../src/workbook/port";
import { loadPane, changedSettings, workbookActions } from "../../src/workbook/pane";
import { PANE_SCENARIOS, PANE_WEIGHTS, paneStateFrom, paneStateRecord, withPaneScenarios } from "../../src/workbook/pane-state";
import { refresh } from "../../src/workbook/refresh";
import { MethodSpecSchema } from "../../src/core/index";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { sampleBook } from "../helpers/pane-data";

const now = { now: new Date("2026-11-25T10:00:00Z"), newToken: () => "t", settings: { draws: 200 } };
const userSheets = (wb: ReturnType<typeof sampleBook>) => JSON.stringify(wb.sheets.filter((s) => !s.hidden && s.name !== "PivotScore Report"));

describe("the pane's stored state", () => {
  it("round-trips weights and scenarios through the settings text", () => {
    const state = { weights: { "Market Size": 0.5, "Our Fit": 0.5 }, scenarios: [{ name: "Mine", weights: { "Market Size": 1 }, overrides: [], constraints: ["Venture Scale = Yes"] }] };
    const record = paneStateRecord(state);
    expect(paneStateFrom(record)).toEqual({ state, notes: [] });
    expect(paneStateRecord({ scenarios: [] })).toEqual({ [PANE_WEIGHTS]: "", [PANE_SCENARIOS]: "" });
  });

  it("drops what cannot be read, with a note, and never throws", () => {
    const bad = paneStateFrom({ [PANE_WEIGHTS]: "{not json", [PANE_SCENARIOS]: JSON.stringify([{ name: "" }, { name: "Fine" }, 7]) });
    expect(bad.state).toEqual({ scenarios: [{ name: "Fine", overrides: [], constraints: [] }] });
    expect(bad.notes.map((n) => n.message)).toEqual([
      "The weights the task pane stored in the workbook could not be read; the Criteria table's weights are used.",
      "A scenario the task pane stored in the workbook could not be read and was left out.",
      "A scenario the task pane stored in the workbook could not be read and was left out.",
    ]);
    expect(paneStateFrom({ [PANE_WEIGHTS]: JSON.stringify({ A: -1 }) }).state.weights).toBeUndefined();
    expect(paneStateFrom({ [PANE_SCENARIOS]: "{}" }).notes).toHaveLength(1);
  });

  it("a pane scenario named like a table row gives way to the row, with a note", async () => {
    const { decision } = await loadPane(sampleBook());
    const notes: RefreshNote[] = [];
    const merged = withPaneScenarios(decision!.settings, { scenarios: [{ name: "venture SCALE", overrides: [], constraints: [] }, { name: "Other", overrides: [], constraints: [] }] }, notes);
    expect(merged.scenarios.map((s) => s.name)).toEqual(["Analyst's weights", "Risk-averse bootstrap", "Venture scale", "Other"]);
    expect(notes[0]?.message).toContain('"venture SCALE"');
    expect(notes[0]?.issue).toEqual({ code: "pane-scenario-shadowed", scenario: "venture SCALE" });
    const twice: RefreshNote[] = [];
    withPaneScenarios(decision!.settings, { scenarios: [{ name: "A", overrides: [], constraints: [] }, { name: "a", overrides: [], constraints: [] }] }, twice);
    expect(twice.map((n) => n.message)).toEqual(['The task pane keeps two scenarios called "a"; the first is used.']);
  });
});

describe("loadPane", () => {
  it("names every table with its role and row count", async () => {
    const data = await loadPane(sampleBook());
    expect(data.tables.map((t) => `${t.name} ${t.role} ${t.rows}`)).toEqual(["Opportunities options 7", "Criteria criteria 6", "Scenarios scenarios 3"]);
    expect(data.notes).toEqual([]);
  });

  it("puts every unreadable cell on its sheet cell (the messy sample: C5, D6, B8)", async () => {
    const data = await loadPane(sampleBook("messy"));
    expect(data.notes.flatMap((n) => (n.link ? [`${n.link.sheet}!${n.link.cell}`] : []))).toEqual(expect.arrayContaining(["Opportunities!C5", "Opportunities!D6", "Opportunities!B8"]));
    expect(data.notes.find((n) => n.link?.cell === "C5")?.message).toContain('"TBD"');
  });
});

describe("weights kept for criteria the table no longer has", () => {
  it("are named in a note and ignored by the pane and by refresh alike, the report saying so too", async () => {
    const wb = sampleBook();
    // "Market" was renamed "Market Size" after the pane stored its weights.
    await wb.saveSettings({ [PANE_WEIGHTS]: JSON.stringify({ Market: 0.9, "Our Fit": 0.1 }) });
    const data = await loadPane(wb);
    const note = "The weights kept by the task pane name criteria the table no longer has (Market); they are ignored, in the task pane and in the report.";
    expect(data.notes.map((n) => n.message)).toContain(note);
    expect(data.state.weights).toEqual({ "Our Fit": 0.1 });
    const result = await refresh(wb, now);
    // Our Fit 0.1 replaces 0.2; the other criteria keep the table's weights: 0.25 + 0.1 + 0.15 + 0.15 + 0.1 + 0.15 = 0.9.
    expect(result.analysis?.solution.weights[1]).toBeCloseTo(0.1 / 0.9, 12);
    expect(result.analysis?.solution.weights[0]).toBeCloseTo(0.25 / 0.9, 12);
    expect(result.notes.map((n) => n.message)).toContain(note);
  });

  it("a pane scenario naming a renamed criterion keeps its other weights, in the pane and in the report", async () => {
    const wb = sampleBook();
    const mine = { name: "Mine", weights: { Market: 0.5, "Our Fit": 0.5 }, overrides: [], constraints: [] };
    await wb.saveSettings({ [PANE_SCENARIOS]: JSON.stringify([mine]), scenario: "Mine" });
    const data = await loadPane(wb);
    expect(data.state.scenarios[0]?.weights).toEqual({ "Our Fit": 0.5 });
    expect(data.notes.map((n) => n.message)).toContain('The task pane\'s scenario "Mine" names criteria the table no longer has (Market); they are ignored, in the task pane and in the report.');
    const result = await refresh(wb, now);
    // Applied, not refused: Our Fit 0.5 with the table's other weights, 0.25 + 0.5 + 0.15 + 0.15 + 0.1 + 0.15 = 1.3.
    expect(result.analysis?.solution.weights[1]).toBeCloseTo(0.5 / 1.3, 12);
  });
});

describe("saving", () => {
  it("merges the pane's keys into the stored settings and leaves the analyst's sheets alone", async () => {
    const wb = sampleBook();
    const before = userSheets(wb);
    const { save } = workbookActions((use) => use(wb), () => "t");
    await save({ settings: { scenario: "Venture scale" }, state: { weights: { "Market Size": 1 }, scenarios: [] } });
    const data = await loadPane(wb);
    expect(data.settings.scenario).toBe("Venture scale");
    expect(data.settings.method).toBe("wsm");
    expect(data.state.weights).toEqual({ "Market Size": 1 });
    expect(userSheets(wb)).toBe(before);
    expect(changedSettings({ settings: { draws: 500 } })).toEqual({ draws: "500" });
  });

  it("creates the settings sheet when the workbook has none", async () => {
    const wb = sampleBook();
    wb.sheets.splice(wb.sheets.findIndex((s) => s.name === "PivotScore Settings"), 1);
    await wb.saveSettings({ scenario: "Venture scale" });
    expect(wb.sheet("PivotScore Settings")?.hidden).toBe(true);
    expect((await wb.read()).settings).toEqual({ scenario: "Venture scale" });
  });
});

describe("refresh with the pane's state", () => {
  it("uses the weights moved in the pane, says so, and keeps the pane's keys in the settings", async () => {
    const wb = sampleBook();
    // Venture Scale alone: the five Yes options tie for first; ML Infra is the first of them in table order.
    await wb.saveSettings({ [PANE_WEIGHTS]: JSON.stringify({ "Market Size": 0, "Our Fit": 0, "Technical Risk": 0, "Business Risk": 0, "Time to Market": 0, "Venture Scale": 1 }) });
    const result = await refresh(wb, now);
    expect(result.analysis?.recommendation.tie).toBe(true);
    expect(result.analysis?.recommendation.tied).toEqual(["ML Infra", "Edge Computing", "HFT Network", "Zero Trust", "Blockchain"]);
    expect(result.notes.map((n) => n.message)).toContain("The weights set in the task pane were used; the Criteria table still holds its own (Reset weights in the task pane to go back to them).");
    expect((await wb.read()).settings[PANE_WEIGHTS]).toContain("Venture Scale");
  });

  it("includes the pane's scenarios in the report and can be set to one of them", async () => {
    const wb = sampleBook();
    const mine = { name: "Fit first", weights: { "Market Size": 0, "Our Fit": 1, "Technical Risk": 0, "Business Risk": 0, "Time to Market": 0, "Venture Scale": 0 }, overrides: [], constraints: [] };
    await wb.saveSettings({ [PANE_SCENARIOS]: JSON.stringify([mine]), scenario: "Fit first" });
    const result = await refresh(wb, now);
    // Our Fit alone: Learned DB and HFT Network (95%) tie above Edge Computing (90%).
    expect(result.analysis?.recommendation.tied).toEqual(["Learned DB", "HFT Network"]);
    expect(result.analysis?.scenarios?.scenarios.map((s) => s.name)).toContain("Fit first");
  });
});

describe("awkward settings and sheet names", () => {
  it("links an issue on a sheet whose name holds ! and ' to the right cell", async () => {
    const sheet = "Q1!data 'v2'";
    const wb = new MemoryWorkbook([{ name: sheet, cells: [["Option", "Revenue"], ["A", "lots"], ["B", "$2M"], ["C", "$3M"]] }], [{ name: "Opportunities", sheet, address: "A1:B4" }]);
    const data = await loadPane(wb);
    // "lots" is A's Revenue: the first data row (sheet row 2), the second column (B).
    expect(data.notes.find((n) => n.message.includes('"lots"'))?.link).toEqual({ sheet, cell: "B2" });
  });

  it("says when the stored way the weights vary cannot be read, and varies them uniformly", async () => {
    const wb = sampleBook();
    await wb.saveSettings({ weights: "a bit" });
    const result = await refresh(wb, now);
    expect(result.notes.map((n) => n.message)).toContain('How the weights vary in the simulation, "a bit", is not readable (use uniform, fixed or a band such as ±20%); they varied uniformly.');
    expect(result.ok).toBe(true);
  });
});

describe("method names as analysts write them", () => {
  it("reads \"TOPSIS\" and \"Weighted sum\" in the settings and in a scenario as the methods they name", async () => {
    expect(MethodSpecSchema.parse(" TOPSIS ")).toEqual({ name: "topsis", normalization: "vector" });
    expect(MethodSpecSchema.parse("Weighted  Sum")).toEqual({ name: "wsm", normalization: "min-max" });
    expect(MethodSpecSchema.parse({ name: "PROMETHEE II" }).name).toBe("promethee2");
    expect(MethodSpecSchema.safeParse("simplex").success).toBe(false);
    const wb = sampleBook();
    await wb.saveSettings({ method: "TOPSIS" });
    const result = await refresh(wb, now);
    expect(result.analysis?.solution.method.name).toBe("topsis");
    expect(result.notes.map((n) => n.message).filter((m) => m.includes("is not known"))).toEqual([]);
  });
});
