#!/usr/bin/env node
// Writes examples/pivot-analysis.xlsx from examples/pivot-analysis.json: the seed's seven opportunities as
// an Excel table named Opportunities (cells exactly as analysts type them) and the criteria definition as
// a table named Criteria (with uncertainty ranges), the scenarios as a table named Scenarios, and the
// simulation settings in PivotScore's hidden settings sheet. Regenerate with `npm run sample`.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const problem = JSON.parse(readFileSync(path.join(root, "examples/pivot-analysis.json"), "utf8"));
const out = process.argv[2] ?? path.join(root, "examples/pivot-analysis.xlsx");

const workbook = new ExcelJS.Workbook();
workbook.creator = "PivotScore";
// Fixed dates keep the file byte-stable across regenerations.
workbook.created = new Date("2026-01-01T00:00:00Z");
workbook.modified = new Date("2026-01-01T00:00:00Z");

const options = workbook.addWorksheet("Opportunities");
options.addTable({
  name: "Opportunities",
  ref: "A1",
  headerRow: true,
  style: { theme: "TableStyleMedium2", showRowStripes: true },
  columns: problem.table.header.map((name) => ({ name, filterButton: true })),
  rows: problem.table.rows,
});
options.columns.forEach((column, j) => (column.width = j === 0 ? 18 : 15));

const scaleText = (scale) => (typeof scale === "string" ? scale : scale.kind);
const levelsText = (scale) => (typeof scale === "object" && scale.levels ? scale.levels.map((l) => (typeof l === "string" ? l : l.label)).join(", ") : "");
const uncertaintyText = (u) => (u === undefined ? "" : "percent" in u ? `±${u.percent}%` : `±${u.plusMinus}`);
const valueFunctionText = (fn) => (fn === undefined ? "linear" : typeof fn === "string" ? fn : fn.kind);

const criteria = workbook.addWorksheet("Criteria");
criteria.addTable({
  name: "Criteria",
  ref: "A1",
  headerRow: true,
  style: { theme: "TableStyleMedium4", showRowStripes: true },
  columns: ["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function", "Uncertainty", "Distribution"].map((name) => ({ name, filterButton: true })),
  rows: problem.criteria.map((c) => [c.name, c.direction, scaleText(c.scale), levelsText(c.scale), c.weight, valueFunctionText(c.valueFunction), uncertaintyText(c.uncertainty), c.uncertainty?.distribution ?? ""]),
});
criteria.getColumn(5).numFmt = "0%";
criteria.columns.forEach((column) => (column.width = 16));

// One row per scenario: a weight per criterion (blank keeps the analyst's weight) and its constraints,
// separated by semicolons.
const names = problem.criteria.map((c) => c.name);
const scenarios = workbook.addWorksheet("Scenarios");
scenarios.addTable({
  name: "Scenarios",
  ref: "A1",
  headerRow: true,
  style: { theme: "TableStyleMedium7", showRowStripes: true },
  columns: ["Scenario", "Description", ...names, "Constraints"].map((name) => ({ name, filterButton: true })),
  rows: problem.scenarios.map((s) => [s.name, s.description ?? "", ...names.map((n) => s.weights?.[n] ?? null), (s.constraints ?? []).join("; ")]),
});
names.forEach((_, j) => (scenarios.getColumn(3 + j).numFmt = "0%"));
scenarios.columns.forEach((column, j) => (column.width = j === 1 ? 60 : 18));

// PivotScore's own settings, as a refresh stores them (src/workbook/refresh.ts): the sample's simulation.
const simulation = problem.simulation ?? {};
const weights = simulation.weights?.kind === "around" ? `±${simulation.weights.percent}%` : (simulation.weights?.kind ?? simulation.weights ?? "uniform");
const settings = workbook.addWorksheet("PivotScore Settings", { state: "veryHidden" });
settings.addRow(["PivotScore settings", ""]);
for (const [key, value] of Object.entries({ method: problem.method?.name ?? "wsm", draws: simulation.draws ?? 10000, seed: simulation.seed ?? 1, weights })) settings.addRow([key, String(value)]);

await workbook.xlsx.writeFile(out);
process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
