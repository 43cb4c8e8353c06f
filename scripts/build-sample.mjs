#!/usr/bin/env node
// Writes examples/pivot-analysis.xlsx from examples/pivot-analysis.json: the seed's seven opportunities as
// an Excel table named Opportunities (cells exactly as analysts type them) and the criteria definition as
// a table named Criteria (with uncertainty ranges), the scenarios as a table named Scenarios, and the
// simulation settings in PivotScore's hidden settings sheet. Regenerate with `npm run sample`.
// The tables' cells come from src/workbook/sample.ts (compiled to lib/ by `npm run build:cli`), the one
// place their layout is spelled out; this script adds the styling.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { sampleSettings, sampleTables } = createRequire(import.meta.url)(path.join(root, "lib/workbook/sample.js"));
const problem = JSON.parse(readFileSync(path.join(root, "examples/pivot-analysis.json"), "utf8"));
const out = process.argv[2] ?? path.join(root, "examples/pivot-analysis.xlsx");

const workbook = new ExcelJS.Workbook();
workbook.creator = "PivotScore";
// Fixed dates keep the file byte-stable across regenerations.
workbook.created = new Date("2026-01-01T00:00:00Z");
workbook.modified = new Date("2026-01-01T00:00:00Z");

const STYLES = { Opportunities: "TableStyleMedium2", Criteria: "TableStyleMedium4", Scenarios: "TableStyleMedium7" };
for (const table of sampleTables(problem)) {
  const sheet = workbook.addWorksheet(table.name);
  const [header, ...rows] = table.rows;
  sheet.addTable({ name: table.name, ref: "A1", headerRow: true, style: { theme: STYLES[table.name], showRowStripes: true }, columns: header.map((name) => ({ name, filterButton: true })), rows });
  sheet.columns.forEach((column, j) => (column.width = table.name === "Opportunities" ? (j === 0 ? 18 : 15) : table.name === "Scenarios" ? (j === 1 ? 60 : 18) : 16));
  // Weights read as percentages: the Criteria table's Weight column, every criterion column of Scenarios.
  if (table.name === "Criteria") sheet.getColumn(5).numFmt = "0%";
  if (table.name === "Scenarios") header.slice(2, -1).forEach((_, j) => (sheet.getColumn(3 + j).numFmt = "0%"));
}

// PivotScore's own settings, as a refresh stores them (src/workbook/settings.ts): the sample's simulation.
const settings = workbook.addWorksheet("PivotScore Settings", { state: "veryHidden" });
settings.addRow(["PivotScore settings", ""]);
for (const [key, value] of sampleSettings(problem)) settings.addRow([key, value]);

await workbook.xlsx.writeFile(out);
process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
