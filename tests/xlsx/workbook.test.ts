/** The exceljs implementation of the workbook port: the sample written back with its report, intact. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { plainValue, XlsxWorkbook } from "../../src/xlsx/workbook";
import { refresh } from "../../src/workbook/refresh";
import { REPORT_MARK, SETTINGS_SHEET } from "../../src/workbook/port";

const SAMPLE = path.join(__dirname, "../../examples/pivot-analysis.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "pivotscore-xlsx-"));
const options = { now: new Date("2026-11-25T10:00:00Z"), newToken: () => "t-1", settings: { draws: 400 } };

async function cells(file: string): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => plainValue(v as ExcelJS.CellValue))));
    out[sheet.name] = rows;
  }
  return out;
}

describe("an .xlsx workbook through refresh", () => {
  it("reads the sample's tables and writes the report and the settings; the analyst's sheets are unchanged", async () => {
    const before = await cells(SAMPLE);
    const workbook = await XlsxWorkbook.load(SAMPLE);
    const result = await refresh(workbook, options);
    expect(result.ok).toBe(true);
    const file = path.join(dir, "sample-report.xlsx");
    await workbook.save(file);
    const after = await cells(file);
    for (const name of ["Opportunities", "Criteria", "Scenarios"]) expect(after[name]).toEqual(before[name]);
    const report = (after["PivotScore Report"] ?? []).flat().map((v) => String(v ?? ""));
    expect(report).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
    expect(report).toContain(`${REPORT_MARK}t-1`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    // Data bars on the scores, number formats, a link from a note to its cell.
    const sheet = book.getWorksheet("PivotScore Report");
    expect(JSON.stringify((sheet as unknown as { conditionalFormattings?: unknown[] } | undefined)?.conditionalFormattings ?? [])).toContain("dataBar");
  });

  it("rewrites its own report on a second refresh and keeps an analyst's sheet of the same name", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    book.addWorksheet("PivotScore Report").getCell("A1").value = "my own sheet";
    const file = path.join(dir, "taken.xlsx");
    await book.xlsx.writeFile(file);

    const first = await XlsxWorkbook.load(file);
    const r1 = await refresh(first, options);
    expect(r1.reportSheet).toBe("PivotScore Report (2)");
    await first.save(file);
    const second = await XlsxWorkbook.load(file);
    const r2 = await refresh(second, { ...options, newToken: () => "t-2" });
    expect(r2.reportSheet).toBe("PivotScore Report (2)");
    await second.save(file);
    const after = await cells(file);
    expect(after["PivotScore Report"]).toEqual([["my own sheet"]]);
    expect(Object.keys(after).filter((n) => n.startsWith("PivotScore Report"))).toEqual(["PivotScore Report", "PivotScore Report (2)"]);
  });

  it("writes option names that look like formulas as text", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.addTable({ name: "Opportunities", ref: "A1", columns: [{ name: "Option" }, { name: "Revenue" }], rows: [["=1+1", 10], ["@risk", 20], ["-x", 5]] });
    const file = path.join(dir, "formulas.xlsx");
    await book.xlsx.writeFile(file);
    const workbook = await XlsxWorkbook.load(file);
    await refresh(workbook, options);
    await workbook.save(file);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(file);
    const values: unknown[] = [];
    reread.getWorksheet("PivotScore Report")?.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain("=1+1");
    expect(values).toContain("@risk");
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });
});

describe("awkward .xlsx workbooks (review findings)", () => {
  async function write(build: (book: ExcelJS.Workbook) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    build(book);
    const file = path.join(dir, `awkward-${Math.random().toString(36).slice(2)}.xlsx`);
    await book.xlsx.writeFile(file);
    return file;
  }

  it("does not rank a table's totals row, and reads dates as Excel's serial numbers", async () => {
    const file = await write((book) => {
      const sheet = book.addWorksheet("Data");
      sheet.addTable({ name: "Opportunities", ref: "A1", totalsRow: true, columns: [{ name: "Option", totalsRowLabel: "Total" }, { name: "Revenue", totalsRowFunction: "sum" }, { name: "Launch" }], rows: [["A", 10, new Date(Date.UTC(2025, 0, 1))], ["B", 20, new Date(Date.UTC(2025, 5, 1))]] });
    });
    const workbook = await XlsxWorkbook.load(file);
    const snapshot = await workbook.read();
    const table = snapshot.tables[0];
    expect(table?.values.map((r) => r[0])).toEqual(["Option", "A", "B"]);
    // 2025-01-01 is day 45658 of Excel's calendar.
    expect(table?.values[1]?.[2]).toBe(45658);
  });

  it("keeps its settings beside an analyst's sheet called like its settings sheet", async () => {
    const file = await write((book) => {
      book.addWorksheet("pivotscore settings").getCell("A1").value = "my budget";
      book.addWorksheet("Data").addTable({ name: "Opportunities", ref: "A1", columns: [{ name: "Option" }, { name: "Revenue" }], rows: [["A", 10], ["B", 20]] });
    });
    const first = await XlsxWorkbook.load(file);
    await refresh(first, options);
    const out = path.join(dir, "settings-taken.xlsx");
    await first.save(out);
    const again = await XlsxWorkbook.load(out);
    const second = await refresh(again, { ...options, newToken: () => "other" });
    // The second refresh found its report (same id), so no "(2)" report appeared.
    expect(second.reportSheet).toBe("PivotScore Report");
    const after = await cells(out);
    expect(after["pivotscore settings"]).toEqual([["my budget"]]);
  });

  it("merges saved settings into the stored ones (the task pane's state), and they survive a save and a refresh", async () => {
    const workbook = await XlsxWorkbook.load(SAMPLE);
    await workbook.saveSettings({ paneWeights: '{"Market Size":1}' });
    const out = path.join(dir, "pane-state.xlsx");
    await workbook.save(out);
    const again = await XlsxWorkbook.load(out);
    const stored = (await again.read()).settings;
    expect(stored["paneWeights"]).toBe('{"Market Size":1}');
    expect(stored["method"]).toBe("wsm");
    await refresh(again, options);
    expect((await again.read()).settings["paneWeights"]).toBe('{"Market Size":1}');
  });
});
