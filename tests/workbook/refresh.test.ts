/** refresh() end to end over an in-memory workbook: the sample, the marker logic, the analyst's cells. */
import { MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory";
import { REPORT_MARK, type CellValue, type ReportPlan } from "../../src/workbook/port";
import { refresh } from "../../src/workbook/refresh";
import { sampleSheets } from "../helpers/sample-sheets";

function sampleWorkbook(extra: MemorySheet[] = []): MemoryWorkbook {
  const sheets = sampleSheets();
  return new MemoryWorkbook(
    [...Object.entries(sheets).map(([name, cells]) => ({ name, cells: cells as CellValue[][] })), ...extra],
    [
      { name: "Opportunities", sheet: "Opportunities", address: "A1:G8" },
      { name: "Criteria", sheet: "Criteria", address: "A1:H7" },
      { name: "Scenarios", sheet: "Scenarios", address: "A1:I4" },
    ],
  );
}

const options = (n = 1) => ({ now: new Date("2026-11-25T10:00:00Z"), newToken: () => `token-${n}`, settings: { draws: 500 } });
const texts = (plan: ReportPlan | undefined): string[] => (plan?.rows ?? []).flat().map((c) => String(c.value ?? ""));
const snapshot = (wb: MemoryWorkbook) => JSON.stringify(wb.sheets.filter((s) => ["Opportunities", "Criteria", "Scenarios"].includes(s.name)));

describe("refresh on the sample workbook", () => {
  it("reads once, writes one report with the recommendation, and leaves the analyst's tables as they were", async () => {
    const wb = sampleWorkbook();
    const before = snapshot(wb);
    const result = await refresh(wb, options());
    expect(result.ok).toBe(true);
    expect(result.reportSheet).toBe("PivotScore Report");
    expect(wb.reads).toBe(1);
    expect(wb.written).toHaveLength(1);
    const all = texts(wb.written[0]);
    expect(all).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
    expect(all).toContain(`${REPORT_MARK}token-1`);
    expect(all.some((t) => t.startsWith("Winners by scenario: Analyst's weights: ML Infra; Risk-averse bootstrap: Learned DB; Venture scale: ML Infra"))).toBe(true);
    expect(snapshot(wb)).toBe(before);
  });

  it("rewrites its own report on the next refresh, found by the id it stored", async () => {
    const wb = sampleWorkbook();
    await refresh(wb, options(1));
    const second = await refresh(wb, options(2));
    expect(second.reportSheet).toBe("PivotScore Report");
    expect(wb.written[1]?.replaces).toBe(true);
    expect(texts(wb.written[1])).toContain(`${REPORT_MARK}token-1`);
    expect(wb.sheets.filter((s) => s.name.startsWith("PivotScore Report"))).toHaveLength(1);
  });

  it("never writes over a sheet of the same name that the analyst made, and says where it wrote instead", async () => {
    const mine: MemorySheet = { name: "PivotScore Report", cells: [["my notes"], ["keep me"]] };
    const wb = sampleWorkbook([mine]);
    const result = await refresh(wb, options());
    expect(result.reportSheet).toBe("PivotScore Report (2)");
    expect(result.renamedFrom).toBe("PivotScore Report");
    expect(wb.sheet("PivotScore Report")?.cells).toEqual([["my notes"], ["keep me"]]);
    expect(result.notes[0]?.message).toContain('A sheet called "PivotScore Report" already exists and is not a PivotScore report');
  });

  it("stores its settings in the workbook, and a colleague's refresh uses them", async () => {
    const wb = sampleWorkbook();
    await refresh(wb, { ...options(), settings: { draws: 300, seed: 9, method: "topsis", scenario: "Venture scale" } });
    const again = await refresh(wb, { now: new Date("2026-11-26T10:00:00Z"), newToken: () => "other" });
    expect(again.analysis?.solution.method.name).toBe("topsis");
    expect(again.analysis?.simulation?.draws).toBe(300);
    // The venture-scale scenario leaves out the options without venture scale.
    expect(again.analysis?.solution.options.map((o) => o.name)).not.toContain("Learned DB");
  });

  it("links each note to the cell it is about", async () => {
    const wb = sampleWorkbook();
    const opp = wb.sheet("Opportunities");
    if (opp?.cells[3]) opp.cells[3][1] = "TBD";
    const result = await refresh(wb, options());
    const note = result.notes.find((n) => n.message.includes("TBD"));
    expect(note?.link).toEqual({ sheet: "Opportunities", cell: "B4" });
    expect(note?.message).toContain("Opportunities!B4");
  });
});

describe("refresh on awkward workbooks", () => {
  const one = (rows: CellValue[][]) => new MemoryWorkbook([{ name: "Data", cells: rows }], [{ name: "Opportunities", sheet: "Data", address: `A1:C${rows.length}` }]);

  it("explains a workbook without tables, and still writes a report saying so", async () => {
    const wb = new MemoryWorkbook([{ name: "Sheet1", cells: [["hello"]] }], []);
    const result = await refresh(wb, options());
    expect(result.ok).toBe(false);
    expect(texts(wb.written[0]).join(" ")).toContain("No table of options was found");
  });

  it.each([
    ["an empty table", [["Option", "Revenue", "Risk"]]],
    ["one option", [["Option", "Revenue", "Risk"], ["Only", 10, "Low"]]],
    ["duplicated names", [["Option", "Revenue", "Risk"], ["Same", 10, "Low"], ["Same", 20, "High"]]],
    ["a criterion column of text", [["Option", "Revenue", "Colour"], ["A", 10, "red"], ["B", 20, "blue"]]],
    ["formula-like names, unicode and emoji", [["Option", "Revenue", "Risk"], ["=HYPERLINK(\"http://x\")", 10, "Low"], ["+ 🚀 Café", 20, "High"], ["@sum", 5, "Medium"]]],
  ] as [string, CellValue[][]][])("copes with %s: a report or a clear note, the analyst's cells untouched", async (_name, rows) => {
    const wb = one(rows);
    const before = JSON.stringify(wb.sheet("Data"));
    const result = await refresh(wb, options());
    expect(wb.written).toHaveLength(1);
    expect(result.ok || result.notes.length > 0).toBe(true);
    expect(JSON.stringify(wb.sheet("Data"))).toBe(before);
    for (const cell of (wb.written[0]?.rows ?? []).flat()) if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
  });

  it("notes every unreadable cell of a table with more of them than a call takes arguments (no stack overflow)", async () => {
    // One readable option, then 70,000 with "TBD" on both criteria: 140,000 cell issues, past the ~125,000
    // arguments a spread call takes.
    const rows: CellValue[][] = [["Option", "Revenue", "Risk"], ["Known", 10, "Low"], ...Array.from({ length: 70_000 }, (_, i): CellValue[] => [`O${i}`, "TBD", "TBD"])];
    const wb = one(rows);
    const result = await refresh(wb, options());
    expect(result.notes.filter((n) => n.issue.code === "placeholder")).toHaveLength(140_000);
    expect(wb.written).toHaveLength(1);
  }, 60_000);

  it("keeps formula-like option names as plain text values in the report", async () => {
    const wb = one([["Option", "Revenue", "Risk"], ["=1+1", 10, "Low"], ["B", 20, "High"]]);
    await refresh(wb, options());
    expect(texts(wb.written[0])).toContain("=1+1");
  });
});

describe("a workbook without a Criteria table", () => {
  it("offers the inferred criteria in the Criteria table's format, which reads back as the same criteria", async () => {
    const { readCriteriaTable } = await import("../../src/core/index");
    const wb = new MemoryWorkbook([{ name: "Data", cells: [["Option", "Market", "Risk", "Time to market"], ["A", "$5B", "Low", "6 months"], ["B", "$9B", "High", "18 months"]] }], [{ name: "Opportunities", sheet: "Data", address: "A1:D3" }]);
    const result = await refresh(wb, options());
    const rows = (wb.written[0]?.rows ?? []).map((r) => r.map((c) => c.value));
    const at = rows.findIndex((r) => String(r[0] ?? "").startsWith("Criteria as PivotScore inferred them"));
    const block = rows.slice(at + 1, at + 5);
    expect(block[0]).toEqual(["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function"]);
    const read = readCriteriaTable(block as CellValue[][]);
    expect(read.issues).toEqual([]);
    expect(read.criteria.map((c) => [c.name, c.direction, c.scale?.kind])).toEqual(result.analysis?.solution.criteria.map((c) => [c.name, c.direction, c.scale.kind]));
  });
});

describe("report sheet names", () => {
  it("are names Excel accepts: 31 characters at most, no [ ] : * ? / \\, room kept for a number", async () => {
    const { chooseReportSheet } = await import("../../src/workbook/refresh");
    const { safeSheetName } = await import("../../src/workbook/port");
    expect(safeSheetName("Q3: plan [draft]?")).toBe("Q3- plan -draft--");
    expect(safeSheetName("A".repeat(40))).toHaveLength(31);
    const long = "Report for the strategy committee";
    const taken = chooseReportSheet({ sheets: [safeSheetName(long)], tables: [], settings: {}, markers: {} }, long, undefined);
    expect(taken.sheet.length).toBeLessThanOrEqual(31);
    expect(taken.sheet.endsWith(" (2)")).toBe(true);
  });
});

describe("refreshSummary", () => {
  it("names the report sheet and the first option, or says the options could not be ranked", async () => {
    const { refreshSummary } = await import("../../src/workbook/refresh");
    const wb = sampleWorkbook();
    expect(refreshSummary(await refresh(wb, options()))).toBe('The report is on "PivotScore Report": "ML Infra" comes first.');
    const empty = new MemoryWorkbook([{ name: "Sheet1", cells: [["x"]] }], []);
    expect(refreshSummary(await refresh(empty, options()))).toBe('The options could not be ranked; "PivotScore Report" lists why.');
  });
});
