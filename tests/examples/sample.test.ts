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

describe("the sample's numbers, worked by hand", () => {
  // Weighted sum, min-max normalisation, weights .25/.20/.15/.15/.10/.15 (examples/pivot-analysis.json).
  // Market size on log10: $20M = 7.30103, $50B = 10.69897, $100B = 11, so ML Infra's share is
  // (10.69897 - 7.30103) / (11 - 7.30103) = 0.918619. Fit 70%..95%; risks Low=1..High=3 (costs);
  // time to market 6..24 months (cost); Yes/Maybe/No = 1/0.5/0.
  const ml = [0.25 * 0.918619, 0.2 * ((0.85 - 0.7) / 0.25), 0.15 * 0.5, 0.15 * 1, 0.1 * ((24 - 12) / 18), 0.15 * 1];
  const learned = [0.25 * 0, 0.2 * 1, 0.15 * 1, 0.15 * 0, 0.1 * 1, 0.15 * 0];
  const hft = [0.25 * ((10 - 7.30103) / (11 - 7.30103)), 0.2 * 1, 0.15 * 0, 0.15 * 1, 0.1 * 0, 0.15 * 1];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it("scores ML Infra 0.7913 and Learned DB 0.45, criterion by criterion", async () => {
    const { contributions, scoringModel } = await import("../../src/core/index");
    const result = solve(problem);
    if (!result.ok) throw new Error("unsolvable");
    const byName = (n: string) => result.options.findIndex((o) => o.name === n);
    const { matrix } = contributions(scoringModel(result));
    matrix[byName("ML Infra")]?.forEach((c, j) => expect(c).toBeCloseTo(ml[j] ?? NaN, 5));
    matrix[byName("Learned DB")]?.forEach((c, j) => expect(c).toBeCloseTo(learned[j] ?? NaN, 5));
    expect(result.options[byName("ML Infra")]?.score).toBeCloseTo(sum(ml), 5);
    expect(sum(ml)).toBeCloseTo(0.7913, 4);
    expect(result.options[byName("Learned DB")]?.score).toBeCloseTo(0.45, 12);
  });

  it("keeps ML Infra on top until Our Fit's weight reaches 37.1%, where HFT Network draws level", async () => {
    // With Our Fit at x and the others rescaled by (1 - x) / 0.8: ML Infra = 0.6 x + (1 - x) (0.7913 - 0.12) / 0.8,
    // HFT Network = 1.0 x + (1 - x) (hft - 0.2) / 0.8. They meet at x = (bML - bHFT) / ((bML - bHFT) + 0.4).
    const { scoringModel, weightSensitivity } = await import("../../src/core/index");
    const result = solve(problem);
    if (!result.ok) throw new Error("unsolvable");
    const bML = (sum(ml) - ml[1]!) / 0.8;
    const bHFT = (sum(hft) - hft[1]!) / 0.8;
    const x = (bML - bHFT) / (bML - bHFT + (1.0 - 0.6));
    expect(x).toBeCloseTo(0.3712, 4);
    const fit = weightSensitivity(scoringModel(result)).intervals.find((i) => i.criterion === "Our Fit");
    expect(fit?.top.high).toBeCloseTo(x, 5);
    expect(fit?.top.highBound?.challenger).toBe("HFT Network");
  });
});
