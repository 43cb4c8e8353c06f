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
