#!/usr/bin/env node
/**
 * Every answer PivotScore gives on the bundled sample, as one JSON document on stdout: `analyze` for each
 * method and weighting, the sample's refresh (report sheet cells, notes) with and without each scenario,
 * with a half-finished table and with broken tables, settings and saved pane state, and each PIVOT.*
 * function over the sample's tables with each argument shape. Run it at two commits and diff the files to show a change altered no number:
 *
 *   npm run build:cli && node scripts/outputs.mjs > after.json
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   (cd /tmp/before && npx tsc -p tsconfig.cli.json && node "$OLDPWD/scripts/outputs.mjs" --root /tmp/before) > before.json
 *   diff before.json after.json
 *
 * It uses only the compiled CLI build (lib/), through entry points that have existed since the CLI did.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = rootAt >= 0 ? path.resolve(args[rootAt + 1] ?? ".") : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const lib = (p) => require(path.join(root, "lib", p));

const sample = JSON.parse(readFileSync(path.join(root, "examples/pivot-analysis.json"), "utf8"));
const { main } = lib("cli/main.js");
const { refresh } = lib("workbook/refresh.js");
const { MemoryWorkbook } = lib("workbook/memory.js");
const { sampleTables, sampleSettings } = lib("workbook/sample.js");
const { SETTINGS_HEADER, SETTINGS_SHEET } = lib("workbook/port.js");
const pivot = lib("functions/pivot.js");

/** Numbers rounded to 12 significant digits: a refactor may reorder a sum, not change an answer. */
const round = (value) =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v)));

async function cli(argv) {
  const out = [];
  const err = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  const text = out.join("\n");
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { code, ...(json !== undefined ? { json: round(json) } : { out: text }), err: err.join("\n") };
}

function column(n) {
  let s = "";
  for (let k = n; k >= 0; k = Math.floor(k / 26) - 1) s = String.fromCharCode(65 + (k % 26)) + s;
  return s;
}

function sampleBook(edit = () => undefined, settings = []) {
  const tables = sampleTables(sample);
  const sheets = tables.map((t) => ({ name: t.name, cells: t.rows.map((r) => [...r]) }));
  edit(sheets);
  const stored = [[SETTINGS_HEADER, null], ...sampleSettings(sample), ...settings];
  return new MemoryWorkbook(
    [...sheets, { name: SETTINGS_SHEET, cells: stored, hidden: true }],
    tables.map((t) => ({ name: t.name, sheet: t.name, address: `A1:${column(Math.max(...t.rows.map((r) => r.length)) - 1)}${t.rows.length}` })),
  );
}

async function refreshed(book, settings = {}) {
  const result = await refresh(book, { now: new Date(Date.UTC(2026, 0, 1)), newToken: () => "token", settings });
  const plan = book.written.at(-1);
  return round({
    ok: result.ok,
    reportSheet: result.reportSheet,
    // The notes as the analyst reads them (their wording and link), whatever data they carry besides.
    notes: result.notes.map((n) => ({ message: n.message, ...(n.link ? { link: n.link } : {}) })),
    cells: plan ? JSON.parse(JSON.stringify(plan, (k, v) => (k === "now" ? undefined : v))) : null,
  });
}

const messy = (sheets) => {
  const cells = sheets[0].cells;
  const at = (name) => cells[0].findIndex((h) => String(h).toLowerCase() === name.toLowerCase());
  cells[4][at("Our Fit")] = "TBD";
  cells[5][at("Technical Risk")] = "Meduim";
  cells[7][at("Market Size")] = "a lot";
};

const grids = Object.fromEntries(sampleTables(sample).map((t) => [t.name, t.rows.map((r) => r.map((c) => (c === null ? "" : c)))]));
const messyGrid = (() => {
  const sheets = [{ cells: grids.Opportunities.map((r) => [...r]) }];
  messy(sheets);
  return sheets[0].cells;
})();

function functions() {
  const out = {};
  const call = (label, f) => {
    pivot.clearMemo?.();
    try {
      out[label] = round(f());
    } catch (error) {
      out[label] = { threw: String(error) };
    }
  };
  const { Opportunities: table, Criteria: criteria, Scenarios: scenarios } = grids;
  const methods = ["wsm", "wpm", "topsis", "vikor", "promethee2", "copras", "moora"];
  for (const t of [["sample", table], ["messy", messyGrid]]) {
    const [name, grid] = t;
    for (const m of [null, ...methods]) {
      call(`${name} SCORE ${m}`, () => pivot.score(grid, criteria, null, m));
      call(`${name} RANK ${m}`, () => pivot.rankOf(grid, criteria, null, m));
      call(`${name} RECOMMEND ${m}`, () => pivot.recommend(grid, criteria, null, m));
      call(`${name} RECOMMEND 3 ${m}`, () => pivot.recommend(grid, criteria, 3, m));
      call(`${name} CONTRIB ${m}`, () => pivot.contrib(grid, criteria, m));
      call(`${name} SENSITIVITY ${m}`, () => pivot.sensitivity(grid, criteria, m));
    }
    call(`${name} SCORE no criteria`, () => pivot.score(grid));
    call(`${name} SCORE option`, () => pivot.score(grid, criteria, "ML Infra"));
    call(`${name} RANK option`, () => pivot.rankOf(grid, criteria, "Edge Computing"));
    for (const s of sample.scenarios.map((x) => x.name)) {
      call(`${name} SCORE scenario ${s}`, () => pivot.score(grid, criteria, null, null, scenarios, s));
      call(`${name} RECOMMEND scenario ${s}`, () => pivot.recommend(grid, criteria, null, null, scenarios, s));
      call(`${name} SIMULATE scenario ${s}`, () => pivot.simulate(grid, criteria, 500, 7, null, null, scenarios, s));
    }
    call(`${name} SIMULATE`, () => pivot.simulate(grid, criteria, 2000, 1));
    call(`${name} SIMULATE fixed`, () => pivot.simulate(grid, criteria, 2000, "seed", "fixed"));
    call(`${name} SIMULATE band topsis`, () => pivot.simulate(grid, criteria, 2000, 3, "±20%", "topsis"));
    call(`${name} WEIGHTS entropy`, () => pivot.weights(grid, "entropy", criteria));
    call(`${name} WEIGHTS critic`, () => pivot.weights(grid, "critic", criteria));
  }
  call("WEIGHTS ahp", () => pivot.weights([["", "A", "B", "C"], ["A", 1, 3, 5], ["B", "1/3", 1, 2], ["C", "1/5", "1/2", 1]]));
  call("WEIGHTS roc", () => pivot.weights([["Market Size"], ["Our Fit"], ["Venture Scale"]], "roc"));
  call("WEIGHTS rank-sum", () => pivot.weights([["Market Size"], ["Our Fit"], ["Venture Scale"]], "rank-sum"));
  call("PARSE", () => ["$50B", "85%", "12 months", "Medium", "Yes", "TBD"].map((v) => pivot.parse(v)));
  return out;
}

const result = { analyze: {}, solve: {}, report: {}, refresh: {}, functions: functions() };
const problemFile = path.join(root, "examples/pivot-analysis.json");
for (const m of ["wsm", "wpm", "topsis", "vikor", "promethee2", "copras", "moora"]) {
  result.analyze[m] = await cli(["analyze", problemFile, "--method", m, "--draws", "2000"]);
}
for (const w of ["equal", "entropy", "critic"]) result.solve[w] = await cli(["solve", problemFile, "--weights", w]);
result.report.json = await cli(["report", problemFile, "--draws", "2000"]);
result.refresh.sample = await refreshed(sampleBook());
result.refresh.messy = await refreshed(sampleBook(messy));
result.refresh.topsis = await refreshed(sampleBook(), { method: "topsis", draws: 1000 });
for (const s of sample.scenarios.map((x) => x.name)) result.refresh[`scenario ${s}`] = await refreshed(sampleBook(), { scenario: s, draws: 1000 });
result.refresh["pane state"] = await refreshed(
  sampleBook(undefined, [
    ["paneWeights", JSON.stringify({ "Market Size": 1, "Our Fit": 3, Gone: 2 })],
    ["paneScenarios", JSON.stringify([{ name: "Mine", weights: { "Our Fit": 5 }, overrides: [], constraints: ["Technical Risk <= Medium"] }])],
  ]),
  { draws: 1000 },
);
// Workbooks with something wrong in their tables, settings or the pane's saved state: every note.
const criteriaRows = (sheets) => sheets.find((sh) => sh.name === "Criteria").cells;
const edits = {
  "criteria cell": (sheets) => {
    criteriaRows(sheets)[2][1] = "sideways";
  },
  "criteria duplicate": (sheets) => {
    const rows = criteriaRows(sheets);
    rows.push([...rows[1]]);
  },
  "criteria header": (sheets) => {
    criteriaRows(sheets)[0][0] = "Thing";
  },
  "scenarios cell": (sheets) => {
    sheets.find((sh) => sh.name === "Scenarios").cells[1][2] = "lots";
  },
  "options renamed": (sheets) => {
    sheets[0].name = "Options sheet";
  },
};
for (const [name, edit] of Object.entries(edits)) {
  const book = sampleBook(edit);
  if (name === "options renamed") book.tables[0] = { ...book.tables[0], name: "MyOptions", sheet: "Options sheet" };
  result.refresh[name] = await refreshed(book, { draws: 500 });
}
result.refresh["bad settings"] = await refreshed(sampleBook(), { method: "magic", weights: "a bit", scenario: "Nowhere", draws: 500 });
result.refresh["report sheet taken"] = await refreshed(sampleBook((sheets) => sheets.push({ name: "PivotScore Report", cells: [["mine"], ["keep"]] })), { draws: 500 });
result.refresh["pane garbage"] = await refreshed(
  sampleBook(undefined, [
    ["paneWeights", "{not json"],
    ["paneScenarios", JSON.stringify([{ name: "Venture scale", weights: { Gone: 1 }, overrides: [], constraints: [] }, { name: "Twice" }, { name: "twice" }, { bad: true }, { name: "Mine", weights: { Nope: 2, "Our Fit": 1 } }])],
  ]),
  { draws: 500 },
);
process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
