/** "Insert sample" against office-addin-mock: three tables on new sheets, never over existing ones. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { mockContext } from "../helpers/office-mock";
import { insertSample } from "../../src/excel/insert-sample";
import { sampleTables, type SampleProblem } from "../../src/workbook/sample";
import { readCriteriaTable, readScenariosTable } from "../../src/core/index";

const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as SampleProblem;

function fakeExcel(sheets: string[], tables: string[]) {
  const added: { sheet: string; values?: unknown[][]; table?: string }[] = [];
  const { context, syncs } = mockContext({
    workbook: {
      worksheets: {
        items: sheets.map((name) => ({ name })),
        add: (name: string) => {
          const entry: { sheet: string; values?: unknown[][]; table?: string } = { sheet: name };
          added.push(entry);
          const range = {
            format: { autofitColumns: () => undefined },
            set values(v: unknown[][]) {
              entry.values = v;
            },
            numberFormat: [] as unknown[][],
          };
          return {
            getRangeByIndexes: () => range,
            tables: {
              add: () => ({
                set name(n: string) {
                  entry.table = n;
                },
              }),
            },
          };
        },
      },
      tables: { items: tables.map((name) => ({ name })) },
      names: { items: [{ name: "Scenarios" }] },
    },
  });
  return { context, added, syncs };
}

describe("Insert sample", () => {
  it("builds the workbook sample's three tables from the sample problem, readable by the engine", () => {
    const [opp, criteria, scenarios] = sampleTables(sample);
    expect(opp?.rows[1]).toEqual(["Learned DB", "$20M", "95%", "Low", "High", "6 months", "No"]);
    expect(readCriteriaTable(criteria?.rows ?? []).issues).toEqual([]);
    expect(readScenariosTable(scenarios?.rows ?? [], sample.criteria.map((c) => c.name)).scenarios.map((s) => s.name)).toEqual(["Analyst's weights", "Risk-averse bootstrap", "Venture scale"]);
  });

  it("adds three sheets with a table each, in two round trips", async () => {
    const excel = fakeExcel(["Sheet1"], []);
    const made = await insertSample(excel.context, sampleTables(sample));
    // A defined name "Scenarios" exists, so the table takes "Scenarios2".
    expect(made).toEqual({ sheets: ["Opportunities", "Criteria", "Scenarios"], tables: ["Opportunities", "Criteria", "Scenarios2"] });
    expect(excel.added.map((a) => [a.sheet, a.table, a.values?.length])).toEqual([["Opportunities", "Opportunities", 8], ["Criteria", "Criteria", 7], ["Scenarios", "Scenarios2", 4]]);
    expect(excel.syncs()).toBe(2);
  });

  it("never reuses a sheet or table name the workbook already has", async () => {
    const excel = fakeExcel(["Opportunities", "opportunities (2)"], ["Criteria"]);
    const made = await insertSample(excel.context, sampleTables(sample));
    expect(made.sheets).toEqual(["Opportunities (3)", "Criteria", "Scenarios"]);
    expect(made.tables).toEqual(["Opportunities", "Criteria2", "Scenarios2"]);
  });
});
