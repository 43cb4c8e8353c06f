/**
 * What the PIVOT.* custom functions compute, free of Excel: arguments as Excel passes them (2-D arrays
 * of numbers, strings, booleans, "" for blanks, error values), results as values, 2-D arrays or a
 * FunctionError. functions.ts wraps these for Excel's runtime; the tests run the same code in
 * HyperFormula. Results are memoised by the content of their inputs.
 */
import { cellText, isBlank, type Cell } from "../core/cells";
import {
  assembleProblem,
  parseCell,
  contributions,
  isBlocking,
  MethodSpecSchema,
  METHOD_NAMES,
  prepareAnalysis,
  ScenarioSchema,
  readDecision,
  readScenariosTable,
  resolveWeights,
  scenarioDecision,
  scoringModel,
  simulateSync,
  solveDecision,
  weightSensitivity,
  type Issue,
  type MethodSpec,
  type Decision,
  type SimulationWeights,
  type Solution,
  MAX_DRAWS,
  MIN_DRAWS,
  parseSimulationWeights,
  parseSeed,
  optionKey,
  sameWord,
  validDraws,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
} from "../core/index";
import { defaultCellNamer, formatIssue, type CellNamer } from "../locales/en";
import { argumentError, fail, grid, omitted, scalar, trimmed, type Arg } from "./args";
import { copyOut, memoised } from "./memo";
import { isFunctionError, type ErrorCode, type FunctionError, type Output, type Scalar } from "./output";

export { isFunctionError, type ErrorCode, type FunctionError, type Output, type Scalar };
export { omitted, trimmed, type Arg, type Grid } from "./args";
export { clearMemo, engineRunCount } from "./memo";

// ---------------------------------------------------------------------------------------------------
// Arguments to a problem.

interface Args {
  readonly table: Arg;
  readonly criteria?: Arg;
  readonly method?: Arg;
  readonly scenarios?: Arg;
  readonly scenario?: Arg;
}

/** Names a cell of the table argument: its row within the range (header = row 1) and its column header. */
function tableNamer(header: readonly Cell[]): CellNamer {
  return (ref) => `table row ${ref.row + 2}, column ${quote(cellText(header[ref.column]) || String(ref.column + 1))}`;
}
const quote = (text: string): string => `"${text}"`;

function describe(issues: readonly Issue[], namer: CellNamer): string {
  const blocking = issues.filter(isBlocking);
  const shown = (blocking.length > 0 ? blocking : issues).slice(0, 3).map((i) => formatIssue(i, namer));
  const more = (blocking.length > 0 ? blocking : issues).length - shown.length;
  return shown.join(" ") + (more > 0 ? ` (${more} more)` : "");
}

// Excel shows a custom message only with #VALUE! and #N/A, so data problems are #VALUE! (with the
// message) and #N/A is for what is not there; #NUM! is kept for numeric arguments out of range.
const NOT_FOUND: ReadonlySet<Issue["code"]> = new Set(["criterion-not-found", "scenario-not-found", "no-options", "criterion-without-values"]);

function issueError(issues: readonly Issue[], namer: CellNamer): FunctionError {
  const blocking = issues.filter(isBlocking);
  const first = blocking[0] ?? issues[0];
  const code: ErrorCode = first && NOT_FOUND.has(first.code) ? "#N/A" : "#VALUE!";
  return fail(code, describe(issues, namer));
}

function methodFrom(value: Arg): MethodSpec | FunctionError | undefined {
  if (omitted(value)) return undefined;
  const parsed = MethodSpecSchema.safeParse(cellText(scalar(value)));
  return parsed.success ? parsed.data : fail("#VALUE!", `Unknown method ${quote(cellText(scalar(value)))}; use one of ${METHOD_NAMES.join(", ")}.`);
}

interface Prepared {
  /** The table argument read once, shaped by the scenario when one is asked for. */
  readonly decision: Decision;
  readonly header: readonly Cell[];
  /** Number of data rows of the table argument (the length of a column result). */
  readonly rows: number;
  /** Options the scenario's constraints left out, by table data row, with the reason worded. */
  readonly excluded: ReadonlyMap<number, string>;
  /** Table data rows that are entirely blank (they spill as ""). */
  readonly blankRows: ReadonlySet<number>;
}

function problemFrom(args: Args): Prepared | FunctionError {
  const table = grid(args.table);
  const header = table[0] ?? [];
  if (table.length < 2 || header.every(isBlank)) return fail("#VALUE!", "The table argument needs a header row and at least one row of options below it.");
  // A table reference without its header (Opportunities rather than Opportunities[#All]) makes the first
  // option the header: its cells then read as values.
  const headerValues = header.slice(1).filter((h) => !isBlank(h));
  if (headerValues.length > 0 && headerValues.filter((h) => typeof h === "number" || typeof h === "boolean" || parseCell(h).ok).length * 2 > headerValues.length) {
    return fail("#VALUE!", `The table's first row (${header.slice(0, 3).map((h) => quote(cellText(h))).join(", ")}, ...) looks like data, not headers: pass the table with its header row, e.g. Opportunities[#All].`);
  }
  const method = methodFrom(args.method);
  const assembled = assembleProblem({ options: { rows: table }, criteria: omitted(args.criteria) ? undefined : { rows: grid(args.criteria) } }, { method: isFunctionError(method) ? undefined : method });
  // The criteria table's problems come first, then the method's, then the options table's.
  const definitions = assembled.issues.filter((i) => i.code !== "table-unusable");
  if (definitions.length > 0) return fail("#VALUE!", describe(definitions, (ref) => `Row ${ref.row + 2}, column ${ref.column + 1}`));
  if (isFunctionError(method)) return method;
  if (!assembled.problem) return fail("#VALUE!", describe(assembled.issues, defaultCellNamer));
  const problem = assembled.problem;
  const decision = readDecision(problem);
  if (!omitted(args.scenario)) {
    const name = cellText(scalar(args.scenario)).trim();
    if (omitted(args.scenarios)) return fail("#VALUE!", `To use the scenario ${quote(name)}, give the Scenarios table as the scenarios argument.`);
    const { read: base, result: solvedBase } = solveDecision(decision);
    const read = readScenariosTable(grid(args.scenarios), base.criteria.map((c) => c.name));
    if (read.issues.length > 0) return fail("#VALUE!", describe(read.issues, (ref) => `Row ${ref.row + 2}, column ${ref.column + 1}`));
    const scenario = read.scenarios.find((s) => sameWord(s.name, name));
    if (!scenario) return fail("#N/A", `There is no scenario called ${quote(name)}; the Scenarios table has ${read.scenarios.map((s) => quote(s.name)).join(", ") || "none"}.`);
    if (!solvedBase.ok) return issueError(solvedBase.reason === "unsolvable" ? solvedBase.issues : [], tableNamer(header));
    // The method argument, when given, wins over the scenario's Method column.
    const scenarioMethod = method ?? (scenario.method === undefined ? undefined : methodFrom(scenario.method));
    if (isFunctionError(scenarioMethod)) return fail("#VALUE!", `Scenario ${quote(scenario.name)}: ${scenarioMethod.message}`);
    const { method: _ignored, ...rest } = scenario;
    const parsedScenario = ScenarioSchema.safeParse({ ...rest, ...(scenarioMethod ? { method: scenarioMethod } : {}) });
    if (!parsedScenario.success) return fail("#VALUE!", `Scenario ${quote(scenario.name)} cannot be used: ${parsedScenario.error.issues.map((i) => i.message).join("; ")}`);
    const shaped = scenarioDecision(decision, base, solvedBase.weights, parsedScenario.data);
    const blocking = shaped.issues.filter(isBlocking);
    if (blocking.length > 0) return issueError(blocking, tableNamer(header));
    const excluded = new Map(shaped.excluded.map((e) => [e.row, `it is left out of the scenario ${quote(scenario.name)}: it fails ${quote(e.constraint)}${e.substituted ? " (with the worst value standing in for its unreadable cell)" : ""}.`]));
    return { decision: shaped.decision, header, rows: table.length - 1, excluded, blankRows: blankRowsOf(table) };
  }
  return { decision, header, rows: table.length - 1, excluded: new Map(), blankRows: blankRowsOf(table) };
}

function trimArgs(args: Args): Args {
  return { table: trimmed(args.table), criteria: trimmed(args.criteria), method: args.method, scenarios: trimmed(args.scenarios), scenario: args.scenario };
}

function blankRowsOf(table: readonly (readonly Cell[])[]): Set<number> {
  const out = new Set<number>();
  table.slice(1).forEach((row, i) => {
    if (row.every(isBlank)) out.add(i);
  });
  return out;
}

interface Solved {
  readonly prepared: Prepared;
  readonly solution: Solution;
  /** Options by name and by table row, built on first use and kept with the memoised result. */
  byName?: Map<string, Solution["options"][number][]>;
  byRow?: Map<number, Solution["options"][number]>;
}

function optionsNamed(s: Solved, name: string): Solution["options"][number][] {
  if (!s.byName) {
    s.byName = new Map();
    for (const o of s.solution.options) {
      const key = optionKey(o.name);
      s.byName.set(key, [...(s.byName.get(key) ?? []), o]);
    }
  }
  return s.byName.get(optionKey(name)) ?? [];
}

function solved(raw: Args): Solved | FunctionError {
  const args = trimArgs(raw);
  return memoised(["solve", args.table, args.criteria ?? null, args.method ?? null, args.scenarios ?? null, args.scenario ?? null], () => {
    const prepared = problemFrom(args);
    if (isFunctionError(prepared)) return prepared;
    const solution = solveDecision(prepared.decision).result;
    if (!solution.ok) return solution.reason === "unsolvable" ? issueError(solution.issues, tableNamer(prepared.header)) : fail("#VALUE!", solution.problems.map((p) => p.message).join("; "));
    // A criterion whose every cell is unreadable would silently drop out of the scores.
    const lost = solution.issues.filter((i) => i.code === "criterion-without-values");
    if (lost.length > 0) return issueError(lost, tableNamer(prepared.header));
    return { prepared, solution };
  });
}

/** Why a table row has no score: its first issue, worded, or "left out" when a scenario excluded it. */
function rowMessage(s: Solved, row: number): string {
  const left = s.prepared.excluded.get(row);
  if (left) return `Table row ${row + 2}: ${left}`;
  const namer = tableNamer(s.prepared.header);
  const own = s.solution.issues.filter((i) => ("cell" in i && i.cell && (i.cell as { row: number }).row === row) || ("row" in i && i.row === row));
  const excluded = own.find((i) => i.code === "row-excluded");
  const cellIssue = own.find((i) => i.code !== "row-excluded");
  if (cellIssue) return formatIssue(cellIssue, namer);
  if (excluded) return formatIssue(excluded, namer);
  return `Table row ${row + 2} is not ranked (left out by the scenario's constraints, or blank).`;
}

/** One value per data row of the table (a column that lines up with it), or the value for one option. */
function perRow(raw: Args, option: Arg, value: (o: Solution["options"][number], s: Solved) => Scalar): Output {
  const args = trimArgs(raw);
  const s = solved(args);
  if (isFunctionError(s)) return s;
  if (!omitted(option)) {
    const name = cellText(scalar(option)).trim();
    const found = optionsNamed(s, name);
    if (found.length === 0) {
      const nameColumn = s.prepared.decision.cells.nameColumn;
      const row = grid(args.table).slice(1).findIndex((r) => optionKey(cellText(r[nameColumn])) === optionKey(name));
      return fail("#N/A", row >= 0 ? `${quote(name)} has no score: ${rowMessage(s, row)}` : `There is no option called ${quote(name)} in the table.`);
    }
    if (found.length > 1) return fail("#N/A", `${found.length} options are called ${quote(name)} (table rows ${found.map((o) => o.row + 2).join(", ")}); give them different names to ask for one.`);
    return value(found[0] as Solution["options"][number], s);
  }
  s.byRow ??= new Map(s.solution.options.map((o) => [o.row, o]));
  const byRow = s.byRow;
  return Array.from({ length: s.prepared.rows }, (_, row) => {
    const o = byRow.get(row);
    if (o) return [value(o, s)];
    if (s.prepared.blankRows.has(row)) return [""];
    return [fail("#N/A", rowMessage(s, row))];
  });
}

// ---------------------------------------------------------------------------------------------------
// The functions.

export function score(table: Arg, criteria?: Arg, option?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const bad = argumentError({ option, method, scenario });
  if (bad) return bad;
  return perRow({ table, criteria, method, scenarios, scenario }, option, (o) => o.score);
}

export function rankOf(table: Arg, criteria?: Arg, option?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const bad = argumentError({ option, method, scenario });
  if (bad) return bad;
  return perRow({ table, criteria, method, scenarios, scenario }, option, (o) => o.rank);
}

export function recommend(table: Arg, criteria?: Arg, count?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const bad = argumentError({ count, method, scenario });
  if (bad) return bad;
  const s = solved({ table, criteria, method, scenarios, scenario });
  if (isFunctionError(s)) return s;
  const n = omitted(count) ? 1 : Number(scalar(count));
  if (!Number.isInteger(n) || n < 1) return fail("#NUM!", `count must be a whole number of 1 or more, not ${quote(cellText(scalar(count)))}.`);
  const ranked = [...s.solution.options].sort((a, b) => a.rank - b.rank || a.row - b.row);
  if (n === 1) {
    const first = ranked.filter((o) => o.rank === 1).map((o) => o.name);
    return first.join(", ");
  }
  return ranked.slice(0, n).map((o) => [o.name]);
}

export function contrib(table: Arg, criteria?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const s = solved({ table, criteria, method, scenarios, scenario });
  if (isFunctionError(s)) return s;
  const out = memoised(["contrib", trimmed(table), trimmed(criteria) ?? null, method ?? null, trimmed(scenarios) ?? null, scenario ?? null], () => {
    const { matrix } = contributions(scoringModel(s.solution));
    return [["Option", ...s.solution.criteria.map((c) => c.name), "Score"], ...s.solution.options.map((o, i) => [o.name, ...(matrix[i] ?? []), o.score])];
  });
  return copyOut(out);
}

export function sensitivity(table: Arg, criteria?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const s = solved({ table, criteria, method, scenarios, scenario });
  if (isFunctionError(s)) return s;
  return copyOut(memoised(["sensitivity", trimmed(table), trimmed(criteria) ?? null, method ?? null, trimmed(scenarios) ?? null, scenario ?? null], (): Output => {
    const result = weightSensitivity(scoringModel(s.solution), { spider: false, pairs: "top" });
    const critical = result.critical.top.relative?.criterion;
    return [
      ["Criterion", "Weight", "Top holds from", "Top holds to", "Ranking holds from", "Ranking holds to", "Overtaken below by", "Overtaken above by", "Most critical"],
      ...result.intervals.map((i) => [i.criterion, i.weight, i.top.low, i.top.high, i.ranking.low, i.ranking.high, i.top.lowBound?.challenger ?? "", i.top.highBound?.challenger ?? "", i.criterion === critical]),
    ];
  }));
}

function simulationWeights(value: Arg): SimulationWeights | FunctionError {
  if (omitted(value)) return { kind: "uniform" };
  return parseSimulationWeights(cellText(scalar(value))) ?? fail("#VALUE!", `weights must be "uniform", "fixed" or a band such as "±20%", not ${quote(cellText(scalar(value)))}.`);
}

export function simulate(table: Arg, criteria?: Arg, draws?: Arg, seed?: Arg, weights?: Arg, method?: Arg, scenarios?: Arg, scenario?: Arg): Output {
  const bad = argumentError({ draws, seed, weights, method, scenario });
  if (bad) return bad;
  const n = omitted(draws) ? DEFAULT_DRAWS : Number(scalar(draws));
  if (!validDraws(n)) return fail("#NUM!", `draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS.toLocaleString("en-US")}, not ${quote(cellText(scalar(draws)))}.`);
  const seedValue = scalar(seed);
  const seedArg = omitted(seed) || seedValue === null || seedValue === undefined ? DEFAULT_SEED : parseSeed(seedValue);
  const w = simulationWeights(weights);
  if (isFunctionError(w)) return w;
  const args = trimArgs({ table, criteria, method, scenarios, scenario });
  return copyOut(memoised(["simulate", args.table, args.criteria ?? null, n, seedArg, w, method ?? null, args.scenarios ?? null, scenario ?? null], (): Output => {
    const prepared = problemFrom(args);
    if (isFunctionError(prepared)) return prepared;
    const ready = prepareAnalysis(prepared.decision);
    if (!ready.ok) return issueError(ready.issues, tableNamer(prepared.header));
    const run = simulateSync(ready.prepared.inputs, { draws: n, seed: seedArg, weights: w, inputs: ready.prepared.uncertain, pairwise: false });
    if (!run.ok) return issueError(run.issues, tableNamer(prepared.header));
    const result = run.result;
    if (result.draws === 0) return fail("#VALUE!", "No simulated draw could be scored (the method is undefined there, for instance a zero value given weight in WPM).");
    const ranks = result.acceptability[0]?.length ?? 0;
    return [["Option", ...Array.from({ length: ranks }, (_, r) => `Rank ${r + 1}`)], ...result.options.map((name, i) => [name, ...(result.acceptability[i] ?? []).map((e) => e.value)])];
  }));
}

export function weights(input: Arg, method?: Arg, criteria?: Arg): Output {
  const name = omitted(method) ? "ahp" : cellText(scalar(method)).trim().toLowerCase();
  const cells = grid(trimmed(input));
  switch (name) {
    case "ahp": {
      // A labelled matrix (names in the first row and column, top-left blank) is read without its labels.
      const labelled = isBlank(cells[0]?.[0]) && cells.length > 1 && typeof cells[0]?.[1] === "string" && typeof cells[1]?.[0] === "string";
      const matrix = labelled ? cells.slice(1).map((row) => row.slice(1)) : cells;
      const labels = labelled ? cells.slice(1).map((row) => cellText(row[0])) : matrix.map((_, i) => `Criterion ${i + 1}`);
      const result = resolveWeights({}, { method: "ahp", pairwise: matrix.map((row) => row.map((c) => c ?? null)), randomIndex: "saaty" });
      if (!result.ok) return issueError(result.issues, (ref) => `matrix row ${ref.row + 1}, column ${ref.column + 1}`);
      const cr = result.details.method === "ahp" ? result.details.cr : null;
      return [["Criterion", "Weight"], ...result.weights.map((w, i) => [labels[i] ?? "", w]), ["Consistency ratio", cr ?? 0]];
    }
    case "roc":
    case "rank-sum":
    case "ranksum": {
      // One column (or row) of names, most important first; a header such as "Criterion" on top is skipped.
      const line = cells.length === 1 ? (cells[0] ?? []) : cells.map((row) => row[0] ?? null);
      const names = line.filter((c) => !isBlank(c)).map((c) => cellText(c).trim());
      if (["criterion", "criteria", "name", "names"].includes((names[0] ?? "").toLowerCase())) names.shift();
      const result = resolveWeights({ criteria: names }, { method: name === "roc" ? "roc" : "rank-sum", order: names });
      if (!result.ok) return issueError(result.issues, () => "");
      return [["Criterion", "Weight"], ...names.map((n, i) => [n, result.weights[i] ?? 0])];
    }
    case "entropy":
    case "critic": {
      const s = solved({ table: trimmed(input), criteria });
      if (isFunctionError(s)) return s;
      const criteriaNames = s.solution.criteria.map((c) => c.name);
      const data = { criteria: criteriaNames, directions: s.solution.criteria.map((c) => c.direction), values: s.solution.values, options: s.solution.options.map((o) => o.name) };
      const result = resolveWeights(data, { method: name });
      if (!result.ok) return issueError(result.issues, tableNamer(s.prepared.header));
      return [["Criterion", "Weight"], ...criteriaNames.map((n, i) => [n, result.weights[i] ?? 0])];
    }
    default:
      return fail("#VALUE!", `Unknown weighting ${quote(name)}; use ahp (a pairwise matrix), roc or rank-sum (criteria in order of importance), entropy or critic (the options table).`);
  }
}

export function parse(value: Arg, scale?: Arg): Output {
  const result = parseCell(scalar(value), omitted(scale) ? undefined : cellText(scalar(scale)));
  return result.ok ? result.value : fail("#VALUE!", formatIssue(result.issue));
}
