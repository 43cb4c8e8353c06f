import { parseArgs } from "node:util";
import { MAX_DRAWS, METHOD_NAMES, MIN_DRAWS, parseSeed, ProblemSchema, parseSimulationWeights, validDraws, analyzeProblem, solveProblem, type Analysis, WeightingSchema, ahpHierarchy, orderNames, resolveWeights, type AhpPriorities, type Problem } from "../core/index";
import { describeRecommendation, formatIssue, naturalValues } from "../locales/en";
import { randomUUID } from "node:crypto";
import * as path from "node:path";
import { readJson, SAMPLE_PROBLEM, SAMPLE_WORKBOOK } from "./io";
import { analysisJson, describedIssue, solutionJson } from "./json-output";
import { textTable } from "./table";

const USAGE = `Usage: pivotscore <command> [options]

Commands:
  report [book.xlsx|problem.json] [-o out.xlsx]
                           rank the options and print the ranking, the recommendation and its
                           robustness as readable tables; from a workbook (its Opportunities, Criteria
                           and Scenarios tables), -o writes it back with the PivotScore Report sheet.
                           With no file: the bundled sample workbook.
  analyze [problem.json|-] everything: ranking, weight sensitivity, tornado, Monte Carlo (SMAA-2),
                           scenarios and the recommendation, as JSON
  solve [problem.json|-]   solve a decision problem and print the result as JSON
  weights [input.json|-]   derive weights (AHP, ROC, rank-sum, entropy, CRITIC) and print them as JSON

Options:
  --method <name>          override the problem's method: ${METHOD_NAMES.join(", ")}
  --weights <name>         override the weighting: direct, equal, entropy, critic (a problem file);
                           for a workbook, how the weights vary in the simulation: uniform, fixed, ±20%
  --draws <n>              Monte Carlo draws (default: the problem's simulation.draws, else 10,000)
  --seed <value>           Monte Carlo seed (same seed, same numbers)
  --scenario <name>        report: rank under this scenario of the workbook's Scenarios table
  -o, --output <file.xlsx> report: write the workbook with its report sheet to this file
  -h, --help               show this help

The problem format is documented in docs/problem-format.md.`;

type Output = { out: (text: string) => void; err: (text: string) => void };
const stdio: Output = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** Runs the CLI; resolves to the exit code (0 ok, 1 the problem cannot be solved, 2 usage or input error). */
export async function main(argv: readonly string[], io: Output = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        method: { type: "string" },
        weights: { type: "string" },
        draws: { type: "string" },
        seed: { type: "string" },
        scenario: { type: "string" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.err(`pivotscore: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, file, ...extra] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === "help") {
    io.out(USAGE);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  if (extra.length > 0) {
    io.err(`pivotscore: unexpected argument ${extra[0]}`);
    return 2;
  }
  switch (command) {
    case "solve": {
      const problem = await loadProblem(file ?? "-", parsed.values, io);
      if (typeof problem === "number") return problem;
      const result = solveProblem(problem);
      io.out(JSON.stringify(solutionJson(result), null, 2));
      return result.ok ? 0 : 1;
    }
    case "report":
    case "analyze": {
      if (command === "report" && (file === undefined || file.toLowerCase().endsWith(".xlsx"))) return reportWorkbook(file ?? SAMPLE_WORKBOOK, parsed.values, io);
      if (parsed.values.output !== undefined) {
        io.err("pivotscore: -o writes a workbook, so it needs an .xlsx input (a JSON problem has no workbook to write into)");
        return 2;
      }
      const problem = await loadProblem(file ?? (command === "report" ? SAMPLE_PROBLEM : "-"), parsed.values, io);
      if (typeof problem === "number") return problem;
      const result = analyzeProblem(problem);
      if (command === "analyze") {
        io.out(JSON.stringify(analysisJson(result), null, 2));
        return result.ok ? 0 : 1;
      }
      if (!result.ok) {
        const messages = result.reason === "unsolvable" ? result.issues.map((i) => formatIssue(i)) : result.problems.map((p) => `${p.path}: ${p.message}`);
        io.err(["PivotScore could not rank this problem:", ...messages.map((m) => `  - ${m}`)].join("\n"));
        return 1;
      }
      io.out(report(problem.title, result, simulationText(problem.simulation.weights)));
      return 0;
    }
    case "weights":
      return weightsCommand(file ?? "-", parsed.values, io);
    default:
      io.err(`pivotscore: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

type Flags = { method?: string | undefined; weights?: string | undefined; draws?: string | undefined; seed?: string | undefined };

async function loadProblem(file: string, flags: Flags, io: Output, alreadyRead?: unknown): Promise<Problem | number> {
  let value = alreadyRead;
  if (value === undefined) {
    const json = await readJson(file);
    if (!json.ok) {
      io.err(`pivotscore: ${json.message}`);
      return 2;
    }
    value = json.value;
  }
  let overridden = typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value, ...(flags.method ? { method: flags.method } : {}), ...(flags.weights ? { weights: flags.weights } : {}) } : value;
  if ((flags.draws !== undefined || flags.seed !== undefined) && typeof overridden === "object" && overridden !== null) {
    const draws = flags.draws === undefined ? undefined : Number(flags.draws);
    if (draws !== undefined && !validDraws(draws)) {
      io.err(`pivotscore: --draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS.toLocaleString("en-US")}, not "${flags.draws}"`);
      return 2;
    }
    const seed = flags.seed === undefined ? undefined : parseSeed(flags.seed);
    const simulation = (overridden as { simulation?: object }).simulation ?? {};
    overridden = { ...overridden, simulation: { ...simulation, ...(draws !== undefined ? { draws } : {}), ...(seed !== undefined ? { seed } : {}) } };
  }
  const parsed = ProblemSchema.safeParse(overridden);
  if (!parsed.success) {
    io.err(`pivotscore: ${file} is not a valid decision problem:`);
    for (const issue of parsed.error.issues) io.err(`  - ${issue.path.map(String).join(".") || "(problem)"}: ${issue.message}`);
    return 2;
  }
  return parsed.data;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

function simulationText(weights: Problem["simulation"]["weights"]): string {
  return weights.kind === "around" ? `within +-${weights.percent}%` : weights.kind;
}

/** `report book.xlsx [-o out.xlsx]`: the refresh pipeline on a workbook file, printed, and saved with -o. */
async function reportWorkbook(file: string, flags: Flags & { scenario?: string | undefined; output?: string | undefined }, io: Output): Promise<number> {
  if (flags.output !== undefined && path.resolve(flags.output) === path.resolve(file)) {
    // exceljs rewrites the whole file and drops what it does not model (charts, pivot tables, slicers):
    // the analyst's workbook is never the output.
    io.err(`pivotscore: -o must name a new file, not the input ${file}: the report is written to a copy`);
    return 2;
  }
  const { XlsxWorkbook } = await import("../xlsx/workbook");
  const { refresh } = await import("../workbook/refresh");
  let workbook;
  try {
    workbook = await XlsxWorkbook.load(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`pivotscore: ${code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} as a workbook: ${(error as Error).message}`}`);
    return 2;
  }
  const draws = flags.draws === undefined ? undefined : Number(flags.draws);
  if (draws !== undefined && !validDraws(draws)) {
    io.err(`pivotscore: --draws must be a whole number from ${MIN_DRAWS} to ${MAX_DRAWS.toLocaleString("en-US")}, not "${flags.draws}"`);
    return 2;
  }
  // A workbook's weights come from its Criteria table; --weights here is the simulation's weight mode.
  if (flags.weights !== undefined && !parseSimulationWeights(flags.weights)) {
    io.err(`pivotscore: for a workbook, --weights says how the weights vary in the simulation (uniform, fixed or a band such as ±20%), not "${flags.weights}"; the criteria's weights come from its Criteria table`);
    return 2;
  }
  const tty = process.stderr.isTTY === true;
  const stages = { read: "Reading the workbook", analyze: "Analysing (sensitivity, Monte Carlo, scenarios)", write: "Writing the report sheet" };
  const result = await refresh(workbook, {
    now: new Date(),
    newToken: () => randomUUID(),
    settings: {
      ...(flags.method !== undefined ? { method: flags.method } : {}),
      ...(draws !== undefined ? { draws } : {}),
      ...(flags.seed !== undefined ? { seed: parseSeed(flags.seed) } : {}),
      ...(flags.scenario !== undefined ? { scenario: flags.scenario } : {}),
      ...(flags.weights !== undefined ? { weights: flags.weights } : {}),
    },
    onProgress: (stage, done) => {
      if (tty && done === 0) process.stderr.write(`${stages[stage]}...\n`);
    },
  });
  if (result.analysis) io.out(report(path.basename(file), result.analysis, result.settings.weights));
  else io.err(["PivotScore could not rank this workbook:", ...result.notes.map((n) => `  - ${n.message}`)].join("\n"));
  if (result.renamedFrom) io.err(`pivotscore: the sheet "${result.renamedFrom}" is not a PivotScore report; the report went to "${result.reportSheet}"`);
  if (flags.output !== undefined) {
    try {
      await workbook.save(flags.output);
      io.err(`pivotscore: wrote ${flags.output} (report sheet "${result.reportSheet}")`);
    } catch (error) {
      io.err(`pivotscore: cannot write ${flags.output}: ${(error as Error).message}`);
      return 2;
    }
  }
  return result.ok ? 0 : 1;
}

function report(title: string | undefined, analysis: Analysis, weighting: string): string {
  const result = analysis.solution;
  const method = result.method;
  const ranked = [...result.options].sort((a, b) => a.rank - b.rank || a.row - b.row);
  const index = new Map(result.options.map((o, i) => [o, i]));
  const simulation = analysis.simulation;
  const natural = naturalValues(result.criteria);
  const lines: string[] = [];
  if (title) lines.push(title, "");
  lines.push(`Method: ${method.name}${"normalization" in method ? ` (${method.normalization} normalisation)` : ""}; ${result.higherIsBetter ? "higher" : "lower"} score is better.`, "");
  const header = ["Rank", "Option", "Score", ...(simulation ? ["Ranks first", "Holistic"] : [])];
  lines.push(
    textTable(
      header,
      ranked.map((o) => {
        const i = index.get(o) ?? 0;
        return [o.rank, o.name, o.score.toFixed(4), ...(simulation ? [percent(simulation.acceptability[i]?.[0]?.value ?? 0), (simulation.holistic[i]?.value ?? 0).toFixed(3)] : [])];
      }),
      [true, false, true, true, true],
    ),
  );
  lines.push("", "Recommendation:", ...describeRecommendation(analysis.recommendation, natural).map((l) => `  ${l}`));
  lines.push("", "Criteria and weight stability (one weight moved, the others rescaled in proportion):");
  lines.push(
    textTable(
      ["Criterion", "Direction", "Scale", "Value function", "Weight", "Top choice holds", "Ranking holds"],
      result.criteria.map((c, j) => {
        const s = analysis.sensitivity.intervals[j];
        const range = (r: { low: number; high: number } | undefined) => (r ? `${percent(r.low)} - ${percent(r.high)}` : "-");
        return [c.name, c.direction, c.scale.kind, c.valueFunction.kind, percent(c.weight), range(s?.top), range(s?.ranking)];
      }),
      [false, false, false, false, true, true, true],
    ),
  );
  const bars = analysis.uncertainty.tornado?.bars.slice(0, 8) ?? [];
  if (bars.length > 0) {
    lines.push("", `Tornado: ${analysis.uncertainty.tornado?.option}'s score as each uncertain input goes from low to high:`);
    lines.push(
      textTable(
        ["Input", "Low", "High", "Score at low", "Score at high", "Swing", "Top at low / high"],
        bars.map((b) => [`${b.option}: ${b.criterion}`, natural(b.criterion, b.low), natural(b.criterion, b.high), b.scoreAtLow.toFixed(4), b.scoreAtHigh.toFixed(4), b.swing.toFixed(4), `${b.winnerAtLow} / ${b.winnerAtHigh}`]),
        [false, true, true, true, true, true, false],
      ),
    );
  }
  if (simulation) {
    lines.push(
      "",
      `Monte Carlo (SMAA-2): ${simulation.draws.toLocaleString("en-US")} draws, seed ${String(simulation.seed)}, weights ${weighting}, ${analysis.uncertainty.inputs.length} uncertain inputs. Rank acceptability:`,
    );
    const m = result.options.length;
    const shown = Math.min(m, 7);
    lines.push(
      textTable(
        ["Option", ...Array.from({ length: shown }, (_, r) => `#${r + 1}`)],
        ranked.map((o) => [o.name, ...Array.from({ length: shown }, (_, r) => percent(simulation.acceptability[index.get(o) ?? 0]?.[r]?.value ?? 0))]),
        [false, ...Array.from({ length: shown }, () => true)],
      ),
    );
  }
  const scenarios = analysis.scenarios;
  if (scenarios && scenarios.scenarios.length > 0) {
    lines.push("", "Scenarios (rank in each; - = left out by a constraint or not ranked):");
    lines.push(
      textTable(
        ["Option", ...scenarios.scenarios.map((s) => s.name), "Max regret"],
        scenarios.options.map((o) => [o.name, ...o.standings.map((s) => (s.rank === null ? "-" : String(s.rank))), o.maxRegret === null ? "-" : o.maxRegret.toFixed(2)]),
        [false, ...scenarios.scenarios.map(() => true), true],
      ),
    );
  }
  if (analysis.issues.length > 0) lines.push("", "Notes:", ...analysis.issues.map((i) => `  - ${formatIssue(i)}`));
  return lines.join("\n");
}

async function weightsCommand(file: string, flags: Flags, io: Output): Promise<number> {
  const json = await readJson(file);
  if (!json.ok) {
    io.err(`pivotscore: ${json.message}`);
    return 2;
  }
  const value = json.value as Record<string, unknown> | null;
  if (value && typeof value === "object" && ("options" in value || "table" in value)) {
    const problem = await loadProblem(file, flags, io, json.value);
    if (typeof problem === "number") return problem;
    const result = solveProblem(problem);
    if (!result.ok) {
      io.out(JSON.stringify(solutionJson(result), null, 2));
      return 1;
    }
    io.out(JSON.stringify({ ok: true, criteria: result.criteria.map((c) => c.name), weights: result.weights, weighting: result.weighting, issues: result.issues.map(describedIssue) }, null, 2));
    return 0;
  }
  const spec = WeightingSchema.safeParse(flags.weights ? { ...value, method: flags.weights } : value);
  if (!spec.success) {
    io.err("pivotscore: weights input must be a decision problem, or { \"method\": \"ahp\", \"pairwise\": [[...]] }, or { \"method\": \"roc\" | \"rank-sum\", \"order\": [...] }:");
    for (const issue of spec.error.issues) io.err(`  - ${issue.path.map(String).join(".") || "(input)"}: ${issue.message}`);
    return 2;
  }
  const weighting = spec.data;
  if (weighting.method === "ahp" && weighting.alternatives) {
    const result = ahpHierarchy(weighting.pairwise, weighting.alternatives, weighting.randomIndex);
    if (!result.ok) {
      io.out(JSON.stringify({ ok: false, issues: result.issues.map(describedIssue) }, null, 2));
      return 1;
    }
    const summary = (p: AhpPriorities) => ({ weights: p.weights, lambdaMax: p.lambdaMax, ci: p.ci, cr: p.cr });
    io.out(JSON.stringify({ ok: true, criteria: summary(result.criteria), local: result.local.map(summary), global: result.global, issues: result.issues.map(describedIssue) }, null, 2));
    return 0;
  }
  if (weighting.method === "ahp" || weighting.method === "roc" || weighting.method === "rank-sum") {
    const result = resolveWeights({}, weighting);
    if (!result.ok) {
      io.out(JSON.stringify({ ok: false, issues: result.issues.map(describedIssue) }, null, 2));
      return 1;
    }
    if (result.details.method === "ahp") {
      const { method: _method, ...details } = result.details;
      io.out(JSON.stringify({ ok: true, weights: result.weights, ...details, consistent: details.cr === null ? null : details.cr <= 0.1, issues: result.issues.map(describedIssue) }, null, 2));
    } else if (weighting.method !== "ahp") io.out(JSON.stringify({ ok: true, method: weighting.method, criteria: orderNames(weighting.order), weights: result.weights }, null, 2));
    return 0;
  }
  io.err(`pivotscore: the ${weighting.method} weighting needs the options' data: pass a decision problem.`);
  return 2;
}
