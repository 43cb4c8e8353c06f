#!/usr/bin/env node
// Writes examples/pivot-analysis.xlsx from examples/pivot-analysis.json: the seed's seven opportunities as
// an Excel table named Opportunities (cells exactly as analysts type them) and the criteria definition as
// a table named Criteria. Regenerate with `npm run sample`.
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
const valueFunctionText = (fn) => (fn === undefined ? "linear" : typeof fn === "string" ? fn : fn.kind);

const criteria = workbook.addWorksheet("Criteria");
criteria.addTable({
  name: "Criteria",
  ref: "A1",
  headerRow: true,
  style: { theme: "TableStyleMedium4", showRowStripes: true },
  columns: ["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function"].map((name) => ({ name, filterButton: true })),
  rows: problem.criteria.map((c) => [c.name, c.direction, scaleText(c.scale), levelsText(c.scale), c.weight, valueFunctionText(c.valueFunction)]),
});
criteria.getColumn(5).numFmt = "0%";
criteria.columns.forEach((column) => (column.width = 16));

await workbook.xlsx.writeFile(out);
process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
