/**
 * The workbook `pivotscore report -o` writes, opened in LibreOffice (a real spreadsheet application,
 * installed by .ci/run from Debian's packages): the sheets, the report's values and the analyst's
 * original cells survive the round trip.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { openInLibreOffice, sofficePath } from "../helpers/libreoffice";

const SAMPLE = path.join(__dirname, "../../examples/pivot-analysis.xlsx");
const soffice = sofficePath();
if (!soffice) console.warn("LibreOffice (soffice) is not installed: the round-trip tests are skipped. .ci/run installs it.");

(soffice ? describe : describe.skip)("the report workbook in LibreOffice", () => {
  it("keeps the analyst's tables cell for cell and shows the report", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "pivotscore-lo-")), "report.xlsx");
    const code = await main(["report", SAMPLE, "-o", out, "--draws", "500"], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const [original, written] = await Promise.all([openInLibreOffice(SAMPLE), openInLibreOffice(out)]);
    const sheet = (book: typeof original, name: string) => book.sheets.find((s) => s.name === name);
    for (const name of ["Opportunities", "Criteria", "Scenarios"]) expect(sheet(written, name)?.rows).toEqual(sheet(original, name)?.rows);
    const report = sheet(written, "PivotScore Report");
    const texts = (report?.rows ?? []).flat().map((v) => String(v ?? ""));
    expect(texts).toContain("PivotScore report");
    expect(texts).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
    // The ranking's scores are numbers LibreOffice reads as numbers.
    const mlInfra = report?.rows.find((row) => row[1] === "ML Infra" && typeof row[0] === "number");
    expect(mlInfra?.[2]).toBeCloseTo(0.7913, 4);
    // The settings sheet is still there (LibreOffice saves "very hidden" as "hidden").
    expect(["hidden", "veryHidden"]).toContain(sheet(written, "PivotScore Settings")?.state);
  }, 180_000);

  it("keeps formula-like option names as text and links notes to their cells", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Data").addTable({ name: "Opportunities", ref: "A1", columns: [{ name: "Option" }, { name: "Revenue" }, { name: "Risk" }], rows: [["=1+1", 10, "Low"], ["@b", 20, "TBD"], ["Café 🚀", 30, "High"]] });
    const dir = mkdtempSync(path.join(tmpdir(), "pivotscore-lo-"));
    const input = path.join(dir, "in.xlsx");
    await book.xlsx.writeFile(input);
    const out = path.join(dir, "out.xlsx");
    expect(await main(["report", input, "-o", out, "--draws", "200"], { out: () => undefined, err: () => undefined })).toBe(0);
    const written = await openInLibreOffice(out);
    const report = written.sheets.find((s) => s.name === "PivotScore Report");
    const texts = (report?.rows ?? []).flat().map((v) => String(v ?? ""));
    expect(texts).toContain("=1+1");
    expect(texts).toContain("Café 🚀");
    expect(Object.values(report?.formulas ?? {}).every((f) => String(f).startsWith("HYPERLINK("))).toBe(true);
    expect(texts).toContain("Data!C3");
    expect(written.sheets.find((s) => s.name === "Data")?.rows).toEqual([["Option", "Revenue", "Risk"], ["=1+1", 10, "Low"], ["@b", 20, "TBD"], ["Café 🚀", 30, "High"]]);
  }, 180_000);
});
