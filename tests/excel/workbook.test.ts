/**
 * The Office.js workbook against office-addin-mock objects: what a refresh reads (values need load() and a
 * sync before they can be read, as in Excel), what it writes, and how many round trips it costs.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../src/excel/workbook";
import { REPORT_MARK, SETTINGS_HEADER, SETTINGS_SHEET } from "../../src/workbook/port";
import { refresh } from "../../src/workbook/refresh";
import { sampleSheets } from "../helpers/sample-sheets";

type Cells = (string | number | boolean)[][];

/** Excel's enums the adapter names. */
const ExcelEnums = {
  ConditionalFormatType: { dataBar: "DataBar" },
  ChartType: { barClustered: "BarClustered", barStacked100: "BarStacked100" },
  ChartSeriesBy: { columns: "Columns" },
  SheetVisibility: { veryHidden: "VeryHidden" },
};

interface Written {
  sheet: string;
  values?: unknown[][];
  formats?: unknown[][];
}

/**
 * A fake Excel: sheets of cells and tables. Objects whose properties refresh reads are OfficeMockObjects
 * (a property read before load() and sync() gives the mock's "not loaded" error text); context.sync()
 * syncs every one of them, as one batch does in Excel.
 */
function fakeExcel(sheets: Record<string, Cells>, tables: { name: string; sheet: string; address: string }[]) {
  const mocks: OfficeMockObject[] = [];
  const mock = <T extends object>(data: T): T & OfficeMockObject => {
    const m = new OfficeMockObject(data as never) as T & OfficeMockObject;
    mocks.push(m);
    return m;
  };
  const writes: Written[] = [];
  const charts: string[] = [];
  const dataBars: string[] = [];
  const deleted: string[] = [];
  const added: string[] = [];
  const cleared: string[] = [];
  const order = Object.keys(sheets);

  const cellsOf = (sheet: string, address: string): Cells => {
    const [from, to] = address.split(":");
    const parse = (a: string) => ({ col: a.charCodeAt(0) - 65, row: Number(a.slice(1)) - 1 });
    const f = parse(from ?? "A1");
    const t = parse(to ?? from ?? "A1");
    const grid = sheets[sheet] ?? [];
    return Array.from({ length: t.row - f.row + 1 }, (_, i) => Array.from({ length: t.col - f.col + 1 }, (__, j) => grid[f.row + i]?.[f.col + j] ?? ""));
  };

  const writableRange = (sheet: string) => {
    const entry: Written = { sheet };
    writes.push(entry);
    const range = {
      format: { font: {}, fill: {}, columnWidth: 0 },
      conditionalFormats: { add: () => dataBars.push(sheet), clearAll: () => cleared.push(`formats ${sheet}`) },
      getEntireColumn: () => ({ format: { columnWidth: 0 } }),
      clear: () => cleared.push(sheet),
      hyperlink: undefined as unknown,
    };
    return new Proxy(range, {
      set(target, key, value) {
        if (key === "values") {
          entry.values = value as unknown[][];
          if (sheets[sheet]) sheets[sheet] = value as Cells;
        }
        if (key === "numberFormat") entry.formats = value as unknown[][];
        (target as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
  };

  const sheetObject = (name: string) => ({
    name,
    visibility: "Visible",
    getRange: (address?: string) => (address === "A1:A2" || address === "A1" ? mock({ values: cellsOf(name, address) }) : writableRange(name)),
    getRangeByIndexes: () => writableRange(name),
    getCell: () => writableRange(name),
    getUsedRangeOrNullObject: () => mock({ isNullObject: !(sheets[name]?.length), values: sheets[name] ?? [[""]] }),
    charts: mock({ items: [{ delete: () => deleted.push(`chart on ${name}`) }], add: (type: string) => (charts.push(type), { title: {}, setPosition: () => undefined }) }),
    delete: () => deleted.push(name),
  });

  const context = {
    workbook: {
      worksheets: mock({
        items: order.map((name) => ({ name })),
        getItemOrNullObject: (name: string) => mock({ isNullObject: !(name in sheets), ...sheetObject(name) }),
        getItem: (name: string) => sheetObject(name),
        add: (name: string) => {
          added.push(name);
          sheets[name] = [];
          return sheetObject(name);
        },
      }),
      tables: mock({
        items: tables.map((t) => {
          const all = cellsOf(t.sheet, t.address);
          const [from, to] = t.address.split(":");
          const body = `${(from ?? "A1").replace(/\d+$/, (r) => String(Number(r) + 1))}:${to ?? ""}`;
          return {
            name: t.name,
            worksheet: { name: t.sheet, load: () => undefined },
            columns: mock({ items: (all[0] ?? []).map((h) => ({ name: String(h) })) }),
            getDataBodyRange: () => mock({ values: all.slice(1), address: `${t.sheet}!${body}` }),
          };
        }),
      }),
    },
    application: { suspendScreenUpdatingUntilNextSync: () => undefined, suspendApiCalculationUntilNextSync: () => undefined },
    sync: async () => {
      for (const m of mocks) await m.sync();
    },
  };
  // A worksheets.items entry answers getRange("A2") like a sheet.
  // Sheets added by an earlier write are there for the next read, as in Excel.
  Object.defineProperty(context.workbook.worksheets, "items", { get: () => Object.keys(sheets).map((name) => ({ ...sheetObject(name) })) });
  return { context: context as unknown as Excel.RequestContext, sheets, writes, charts, dataBars, deleted, added, cleared };
}

function sampleExcel(extraRows = 0) {
  const sheets = sampleSheets() as Record<string, Cells>;
  const opp = sheets["Opportunities"] ?? [];
  for (let i = 0; i < extraRows; i++) opp.push([`Option ${i}`, `$${1 + (i % 90)}B`, `${50 + (i % 50)}%`, ["Low", "Medium", "High"][i % 3] ?? "Low", ["Low", "Medium", "High"][(i + 1) % 3] ?? "Low", `${6 + (i % 30)} months`, i % 2 === 0 ? "Yes" : "No"]);
  return fakeExcel(sheets, [
    { name: "Opportunities", sheet: "Opportunities", address: `A1:G${opp.length}` },
    { name: "Criteria", sheet: "Criteria", address: "A1:H7" },
    { name: "Scenarios", sheet: "Scenarios", address: "A1:I4" },
  ]);
}

beforeAll(() => ((globalThis as Record<string, unknown>)["Excel"] = ExcelEnums));
afterAll(() => delete (globalThis as Record<string, unknown>)["Excel"]);

async function run(context: Excel.RequestContext, draws = 300) {
  const workbook = new OfficeWorkbook(context);
  const result = await refresh(workbook, { now: new Date("2026-11-25T10:00:00Z"), newToken: () => "tok", settings: { draws } });
  return { result, syncs: workbook.syncs };
}

describe("the Office.js workbook", () => {
  it("stores the task pane's state in three round trips (sheet names; first cells and the settings; the write), merged into the settings a refresh stored", async () => {
    const excel = sampleExcel();
    await run(excel.context);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.saveSettings({ paneWeights: '{"Market Size":1}', scenario: "Venture scale" });
    expect(workbook.syncs).toBe(3);
    const stored = excel.writes.filter((w) => w.sheet === SETTINGS_SHEET && w.values).at(-1)?.values ?? [];
    const record = Object.fromEntries(stored.slice(1).map((row) => [row[0], row[1]]));
    expect(record).toMatchObject({ reportToken: "tok", method: "wsm", paneWeights: '{"Market Size":1}', scenario: "Venture scale" });
    // The settings sheet already existed: nothing new added, no analyst sheet written.
    expect(excel.added).toEqual(["PivotScore Report", SETTINGS_SHEET]);
    expect(excel.writes.filter((w) => ["Opportunities", "Criteria", "Scenarios"].includes(w.sheet))).toEqual([]);
  });

  it("creates the settings sheet for the pane's state when there is none", async () => {
    const excel = sampleExcel();
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.saveSettings({ scenario: "Venture scale" });
    expect(excel.added).toEqual([SETTINGS_SHEET]);
    expect(excel.writes.find((w) => w.sheet === SETTINGS_SHEET && w.values)?.values).toEqual([[SETTINGS_HEADER, ""], ["scenario", "Venture scale"]]);
  });

  it("refreshes the sample in three round trips: reads the tables, writes the report, its charts and data bars, and the settings", async () => {
    const excel = sampleExcel();
    const { result, syncs } = await run(excel.context);
    expect(result.ok).toBe(true);
    expect(syncs).toBe(3);
    const report = excel.writes.find((w) => w.sheet === "PivotScore Report" && w.values);
    const texts = (report?.values ?? []).flat().map(String);
    expect(texts).toContain('Recommended: "ML Infra"; runner-up "Edge Computing".');
    expect(texts).toContain(`${REPORT_MARK}tok`);
    // Scores, tornado (the sample has uncertain inputs), rank acceptability.
    expect(excel.charts).toEqual(["BarClustered", "BarClustered", "BarStacked100"]);
    expect(excel.dataBars.length).toBeGreaterThan(0);
    expect(excel.added).toEqual(["PivotScore Report", SETTINGS_SHEET]);
    const settings = excel.writes.find((w) => w.sheet === SETTINGS_SHEET && w.values);
    expect(settings?.values?.[0]).toEqual([SETTINGS_HEADER, ""]);
  });

  it("costs the same three round trips for 10,000 options", async () => {
    const excel = sampleExcel(10_000);
    const { result, syncs } = await run(excel.context, 50);
    expect(result.ok).toBe(true);
    expect(result.analysis?.solution.options).toHaveLength(10_007);
    expect(syncs).toBe(3);
  }, 60_000);

  it("only reads the analyst's tables", async () => {
    const excel = sampleExcel();
    await run(excel.context);
    const analystSheets = ["Opportunities", "Criteria", "Scenarios"];
    expect(excel.writes.filter((w) => analystSheets.includes(w.sheet))).toEqual([]);
    expect(excel.deleted).toEqual([]);
  });

  it("writes every string in the text format, so Excel keeps formula-, date- and number-like names as typed", async () => {
    const excel = fakeExcel({ Data: [["Option", "Revenue"], ["=1+1", 10], ["1/2", 20], ["00123", 5]] }, [{ name: "Opportunities", sheet: "Data", address: "A1:B4" }]);
    await run(excel.context);
    const report = excel.writes.find((w) => w.sheet === "PivotScore Report" && w.values);
    const values = report?.values ?? [];
    const formats = report?.formats ?? [];
    for (const name of ["=1+1", "1/2", "00123"]) {
      const i = values.findIndex((row) => row.includes(name));
      expect(i).toBeGreaterThanOrEqual(0);
      expect(formats[i]?.[values[i]?.indexOf(name) ?? -1]).toBe("@");
    }
  });

  it("replaces its own report, and writes beside an analyst's sheet of the same name", async () => {
    const sheets = sampleSheets() as Record<string, Cells>;
    const ours = fakeExcel({ ...sheets, "PivotScore Report": [["PivotScore report"], [`${REPORT_MARK}tok`]], [SETTINGS_SHEET]: [[SETTINGS_HEADER, ""], ["reportToken", "tok"]] }, [{ name: "Opportunities", sheet: "Opportunities", address: "A1:G8" }]);
    await run(ours.context);
    // Cleared in place (references to it and its tab position survive), its old chart removed.
    expect(ours.deleted).toEqual(["chart on PivotScore Report"]);
    expect(ours.cleared).toEqual(expect.arrayContaining(["PivotScore Report", "formats PivotScore Report"]));
    expect(ours.added).not.toContain("PivotScore Report");
    const theirs = fakeExcel({ ...(sampleSheets() as Record<string, Cells>), "PivotScore Report": [["mine"], ["keep"]] }, [{ name: "Opportunities", sheet: "Opportunities", address: "A1:G8" }]);
    const { result } = await run(theirs.context);
    expect(result.reportSheet).toBe("PivotScore Report (2)");
    expect(theirs.deleted).toEqual([]);
    expect(theirs.cleared).not.toContain("PivotScore Report");
    expect(theirs.sheets["PivotScore Report"]).toEqual([["mine"], ["keep"]]);
  });

  it("reads blanks, error values, date serials and a merged (blank) header cell as the engine expects", async () => {
    const excel = fakeExcel(
      {
        Data: [
          ["Option", "Revenue", "", "Launch"],
          ["A", 10, "Low", 45658],
          ["B", "", "High", 45700],
          ["C", "#N/A", "Medium", 45800],
          ["D", 30, "Low", 45900],
        ],
      },
      [{ name: "Opportunities", sheet: "Data", address: "A1:D5" }],
    );
    const { result } = await run(excel.context);
    expect(result.ok).toBe(true);
    // B (blank) and C (#N/A) are left out with notes naming their cells; the blank header becomes "Column 3".
    expect(result.analysis?.solution.options.map((o) => o.name)).toEqual(["A", "D"]);
    expect(result.notes.map((n) => n.link?.cell)).toEqual(expect.arrayContaining(["B3", "B4"]));
    expect(result.analysis?.solution.criteria.map((c) => c.name)).toEqual(["Revenue", "Column 3", "Launch"]);
  });
});
