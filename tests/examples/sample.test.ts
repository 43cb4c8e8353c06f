/** The bundled sample workbook is the sample JSON, cell for cell, and both rank the same way. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { analyze, solve, type ProblemInput } from "../../src/core/index";

const root = path.join(__dirname, "../..");
const problem = JSON.parse(readFileSync(path.join(root, "examples/pivot-analysis.json"), "utf8")) as ProblemInput & {
  table: { header: string[]; rows: string[][] };
  scenarios: { name: string; weights?: Record<string, number>; constraints?: string[] }[];
};

describe("examples/pivot-analysis.xlsx", () => {
  it("holds the seed's Pivot Evaluation Framework as the Opportunities table, as typed", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, "examples/pivot-analysis.xlsx"));
    const sheet = workbook.getWorksheet("Opportunities");
    if (!sheet) throw new Error("no Opportunities sheet");
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(problem.table.header);
    expect(rows.slice(1)).toEqual(problem.table.rows);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Learned DB", "ML Infra", "Edge Computing", "HFT Network", "Dev Tools", "Zero Trust", "Blockchain"]);
    const criteria = workbook.getWorksheet("Criteria");
    expect(criteria?.getRow(2).values).toEqual([undefined, "Market Size", "benefit", "currency", "", 0.25, "log", "±40%", "pert"]);
  });

  it("holds the sample's scenarios as the Scenarios table: weights per criterion and constraints", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(root, "examples/pivot-analysis.xlsx"));
    const sheet = workbook.getWorksheet("Scenarios");
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["Scenario", "Description", ...problem.table.header.slice(1), "Constraints"]);
    const rows = problem.scenarios.map((_, i) => (sheet?.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows.map((r) => r[0])).toEqual(["Analyst's weights", "Risk-averse bootstrap", "Venture scale"]);
    expect(rows[1]?.[header.indexOf("Time to Market")]).toBe(0.35);
    expect(rows[2]?.[header.indexOf("Constraints")]).toBe("Venture Scale = Yes");
  });

  it("ranks ML Infra first and Edge Computing second with the sample's criteria, like the seed's recommendation", () => {
    const result = solve(problem);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const byRank = [...result.options].sort((a, b) => a.rank - b.rank).map((o) => o.name);
    expect(byRank.slice(0, 2)).toEqual(["ML Infra", "Edge Computing"]);
  });

  it("ships the seed's decision framework as scenarios: bootstrap picks Learned DB, venture scale picks ML Infra", () => {
    // Seed, "Decision Framework": continue the learned database if you prefer lower risk and can bootstrap;
    // pivot to ML infrastructure if you want venture scale.
    const result = analyze(problem);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const winners = Object.fromEntries(result.recommendation.scenarioWinners.map((s) => [s.scenario, s.winners]));
    expect(winners).toEqual({ "Analyst's weights": ["ML Infra"], "Risk-averse bootstrap": ["Learned DB"], "Venture scale": ["ML Infra"] });
    const venture = result.scenarios?.scenarios.find((s) => s.name === "Venture scale");
    expect(venture?.excluded.map((e) => e.option).sort()).toEqual(["Dev Tools", "Learned DB"]);
  });
});
