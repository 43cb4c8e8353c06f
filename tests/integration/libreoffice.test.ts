/**
 * Self-test of tests/helpers/libreoffice.ts: a workbook written with exceljs, opened and re-saved by
 * LibreOffice Calc, read back. Skipped (with a message) where LibreOffice is not installed; CI installs it.
 *
 * The "what LibreOffice changes" block pins LibreOffice 7.4's behaviour (Debian 12) that the rest of the
 * suite must live with; if one of those fails, LibreOffice or exceljs changed, not our code.
 */
import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { libreOfficeCsv, openInLibreOffice, sofficePath, type LibreOfficeSheet, type LibreOfficeWorkbook } from "../helpers/libreoffice";

const TIMEOUT = 120_000;
const soffice = sofficePath();
if (!soffice) console.warn("LibreOffice (soffice) not found: skipping tests/integration/libreoffice.test.ts (apt-get install -y --no-install-recommends libreoffice-calc-nogui)");

async function sampleWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  const second = workbook.addWorksheet("Sheet 2");
  const secret = workbook.addWorksheet("Secret", { state: "veryHidden" });
  data.addTable({
    name: "Options",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "Option" }, { name: "Score" }, { name: "Note" }],
    rows: [
      ["Alpha", 1.5, "=SUM(1,2)"],
      ["Bêta ✓ 😀", 2, "日本語 — naïve"],
      ["Gamma", -3.25, "=B2"],
    ],
  });
  data.getCell("E1").value = { formula: "SUM(B2:B4)", result: 999 }; // a stale cached result
  data.getCell("E2").value = { text: "to Sheet 2", hyperlink: "#'Sheet 2'!B3" };
  data.getCell("E3").value = 0.125;
  data.getCell("E3").numFmt = "0.0%";
  data.getCell("E4").value = new Date(Date.UTC(2024, 1, 29));
  data.getCell("E5").value = true;
  data.getCell("E6").value = { richText: [{ text: "rich ", font: { bold: true } }, { text: "text" }] };
  data.getCell("E7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  data.getCell("E8").value = { text: "web", hyperlink: "https://example.com/a?b=c" };
  // exceljs writes a data bar's color but its typings do not declare it.
  const dataBar = { type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" }, gradient: true };
  data.addConditionalFormatting({ ref: "B2:B4", rules: [dataBar as ExcelJS.DataBarRuleType] });
  second.getCell("A1").value = "=not a formula";
  second.getCell("A2").value = { formula: "'Sheet 2'!B3&\"!\"", result: "stale" };
  second.getCell("B3").value = "target";
  second.getCell("C1").value = "";
  secret.getCell("A1").value = 42;
  workbook.definedNames.add("'Sheet 2'!$B$3", "Target");
  workbook.definedNames.add("Secret!$A$1", "Answer");
  await workbook.xlsx.writeFile(file);
}

function sheet(book: LibreOfficeWorkbook, name: string): LibreOfficeSheet {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${book.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

(soffice ? describe : describe.skip)("openInLibreOffice (LibreOffice re-saves an exceljs workbook)", () => {
  let dir = "";
  let file = "";
  let book: LibreOfficeWorkbook;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "pivotscore-lo-test-"));
    file = path.join(dir, "sample.xlsx");
    await sampleWorkbook(file);
    book = await openInLibreOffice(file);
  }, TIMEOUT);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps every sheet in order, with the values", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Data", "Sheet 2", "Secret"]);
    expect(sheet(book, "Data").rows).toEqual([
      ["Option", "Score", "Note", null, 0.25],
      ["Alpha", 1.5, "=SUM(1,2)", null, "to Sheet 2"],
      ["Bêta ✓ 😀", 2, "日本語 — naïve", null, 0.125],
      ["Gamma", -3.25, "=B2", null, "2024-02-29T00:00:00.000Z"],
      [null, null, null, null, true],
      [null, null, null, null, "rich text"],
      [null, null, null, null, "#DIV/0!"],
      [null, null, null, null, "web"],
    ]);
    expect(sheet(book, "Secret").rows).toEqual([[42]]);
  });

  it("keeps text that starts with = as text, and recalculates real formulas instead of trusting cached results", () => {
    const data = sheet(book, "Data");
    const second = sheet(book, "Sheet 2");
    expect(second.rows).toEqual([
      ["=not a formula", null],
      ["target!", null],
      [null, "target"],
    ]);
    expect(second.formulas).toEqual({ A2: "'Sheet 2'!B3&\"!\"" });
    expect(data.formulas).toMatchObject({ E1: "SUM(B2:B4)", E7: "1/0" });
    expect(Object.keys(data.formulas)).not.toEqual(expect.arrayContaining(["C2"]));
    expect(Object.keys(data.formulas)).not.toEqual(expect.arrayContaining(["C4"]));
  });

  it("keeps the table, number formats, external hyperlinks, defined names and the data bar", async () => {
    const data = sheet(book, "Data");
    expect(data.tables).toEqual([expect.objectContaining({ name: "Options", ref: "A1:C4" })]);
    expect(data.numFmts["E3"]).toBe("0.0%");
    expect(data.hyperlinks["E8"]).toBe("https://example.com/a?b=c");
    expect(book.definedNames).toEqual(
      expect.arrayContaining([
        { name: "Target", ranges: ["'Sheet 2'!$B$3"] },
        { name: "Answer", ranges: ["Secret!$A$1"] },
      ]),
    );
    const resaved = new ExcelJS.Workbook();
    await resaved.xlsx.load(book.file as unknown as ExcelJS.Buffer);
    // exceljs reads conditional formats into a property its typings do not declare.
    const formats = (resaved.getWorksheet("Data") as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formats.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, type: rule.type })));
    expect(rules).toEqual([{ ref: "B2:B4", type: "dataBar" }]);
  });

  it("shows cells as LibreOffice displays them (libreOfficeCsv)", async () => {
    const csv = await libreOfficeCsv(file, 0);
    expect(csv.map((row) => row[2])).toEqual(["Note", "=SUM(1,2)", "日本語 — naïve", "=B2", "", "", "", ""]);
    expect(csv.map((row) => row[4])).toEqual(["0.25", "to Sheet 2", "12.5%", "2/29/2024", "TRUE", "rich text", "#DIV/0!", "web"]);
    expect(await libreOfficeCsv(file, 1)).toEqual([
      ["=not a formula", ""],
      ["target!", ""],
      ["", "target"],
    ]);
  }, TIMEOUT);

  it("runs calls side by side (own profile and directory each)", async () => {
    const [a, b] = await Promise.all([openInLibreOffice(file), openInLibreOffice(file)]);
    expect(a.sheets.map((s) => s.rows)).toEqual(book.sheets.map((s) => s.rows));
    expect(b.sheets.map((s) => s.rows)).toEqual(book.sheets.map((s) => s.rows));
  }, TIMEOUT);

  it("throws a clear error for a file that is not a workbook", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await writeFile(bad, "PK\u0003\u0004 this is no zip");
    await expect(openInLibreOffice(bad)).rejects.toThrow(/LibreOffice could not convert .*bad\.xlsx to xlsx: wrote no file[\s\S]*stderr: [\s\S]*source file could not be loaded/);
    await writeFile(bad, "");
    await expect(openInLibreOffice(bad)).rejects.toThrow(/is not an \.xlsx file/);
  }, TIMEOUT);

  describe("what LibreOffice changes", () => {
    it("saves a veryHidden sheet as merely hidden", () => {
      expect(book.sheets.map((s) => s.state)).toEqual(["visible", "visible", "hidden"]);
    });

    it("drops the table style", () => {
      expect(sheet(book, "Data").tables).toEqual([{ name: "Options", ref: "A1:C4", style: null }]);
    });

    it("turns exceljs's in-workbook hyperlink into a link to a file (exceljs writes it as an external relationship)", () => {
      // The relationship target "#'Sheet 2'!B3" is resolved against the file's own path; the location is mangled.
      expect(sheet(book, "Data").hyperlinks["E2"]).toMatch(/^\.\.\/.*sample\.xlsx$/);
    });

    it("drops cells that hold an empty string", () => {
      expect(sheet(book, "Sheet 2").rows[0]).toEqual(["=not a formula", null]);
    });

    it("saves booleans as TRUE()/FALSE() formulas", () => {
      expect(sheet(book, "Data").formulas["E5"]).toBe("TRUE()");
    });
  });
});
