import { parseArgs } from "node:util";
import { METHOD_NAMES, ProblemSchema, solveProblem, WeightingSchema, ahpHierarchy, ahpWeights, importanceRanks, rankOrderCentroid, rankSum, type AhpPriorities, type Problem, type Solution } from "../core/index";
import { formatIssue } from "../locales/en";
import { readJson, SAMPLE_PROBLEM } from "./io";
import { describedIssue, solutionJson } from "./json-output";
import { textTable } from "./table";

const USAGE = `Usage: pivotscore <command> [options]

Commands:
  report [problem.json]    score and rank a decision problem and print a readable table
                           (the bundled sample when no file is given)
  solve [problem.json|-]   solve a decision problem and print the result as JSON
  weights [input.json|-]   derive weights (AHP, ROC, rank-sum, entropy, CRITIC) and print them as JSON

Options:
  --method <name>          override the problem's method: ${METHOD_NAMES.join(", ")}
  --weights <name>         override the weighting: direct, equal, entropy, critic
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
      options: { method: { type: "string" }, weights: { type: "string" }, help: { type: "boolean", short: "h" } },
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
    case "solve":
    case "report": {
      const problem = await loadProblem(file ?? (command === "report" ? SAMPLE_PROBLEM : "-"), parsed.values, io);
      if (typeof problem === "number") return problem;
      const result = solveProblem(problem);
      if (command === "solve") {
        io.out(JSON.stringify(solutionJson(result), null, 2));
        return result.ok ? 0 : 1;
      }
      if (!result.ok) {
        const messages = result.reason === "unsolvable" ? result.issues.map((i) => formatIssue(i)) : result.problems.map((p) => `${p.path}: ${p.message}`);
        io.err(["PivotScore could not rank this problem:", ...messages.map((m) => `  - ${m}`)].join("\n"));
        return 1;
      }
      io.out(report(problem, result));
      return 0;
    }
    case "weights":
      return weightsCommand(file ?? "-", parsed.values, io);
    default:
      io.err(`pivotscore: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

async function loadProblem(file: string, flags: { method?: string | undefined; weights?: string | undefined }, io: Output, alreadyRead?: unknown): Promise<Problem | number> {
  let value = alreadyRead;
  if (value === undefined) {
    const json = await readJson(file);
    if (!json.ok) {
      io.err(`pivotscore: ${json.message}`);
      return 2;
    }
    value = json.value;
  }
  const overridden = typeof value === "object" && value !== null && !Array.isArray(value) ? { ...value, ...(flags.method ? { method: flags.method } : {}), ...(flags.weights ? { weights: flags.weights } : {}) } : value;
  const parsed = ProblemSchema.safeParse(overridden);
  if (!parsed.success) {
    io.err(`pivotscore: ${file} is not a valid decision problem:`);
    for (const issue of parsed.error.issues) io.err(`  - ${issue.path.map(String).join(".") || "(problem)"}: ${issue.message}`);
    return 2;
  }
  return parsed.data;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

function report(problem: Problem, result: Solution): string {
  const method = result.method;
  const ranked = [...result.options].sort((a, b) => a.rank - b.rank || a.row - b.row);
  const lines: string[] = [];
  if (problem.title) lines.push(problem.title, "");
  lines.push(`Method: ${method.name}${"normalization" in method ? ` (${method.normalization} normalisation)` : ""}; ${result.higherIsBetter ? "higher" : "lower"} score is better.`, "");
  lines.push(textTable(["Rank", "Option", "Score"], ranked.map((o) => [o.rank, o.name, o.score.toFixed(4)]), [true, false, true]));
  lines.push("", "Criteria:");
  lines.push(
    textTable(
      ["Criterion", "Direction", "Scale", "Value function", "Weight"],
      result.criteria.map((c) => [c.name, c.direction, c.scale.kind, c.valueFunction.kind, percent(c.weight)]),
    ),
  );
  const top = ranked.filter((o) => o.rank === 1);
  lines.push("", top.length === 1 ? `Top choice: ${top[0]?.name}.` : `Tied for first: ${top.map((o) => o.name).join(", ")}.`);
  if (result.issues.length > 0) lines.push("", "Notes:", ...result.issues.map((i) => `  - ${formatIssue(i)}`));
  return lines.join("\n");
}

async function weightsCommand(file: string, flags: { method?: string | undefined; weights?: string | undefined }, io: Output): Promise<number> {
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
  if (weighting.method === "ahp") {
    const result = ahpWeights(weighting.pairwise, weighting.randomIndex);
    if (!result.ok) {
      io.out(JSON.stringify({ ok: false, issues: result.issues.map(describedIssue) }, null, 2));
      return 1;
    }
    const { ok, issues, ...rest } = result;
    io.out(JSON.stringify({ ok, ...rest, consistent: rest.cr === null ? null : rest.cr <= 0.1, issues: issues.map(describedIssue) }, null, 2));
    return 0;
  }
  if (weighting.method === "roc" || weighting.method === "rank-sum") {
    const names = weighting.order.flatMap((entry) => (typeof entry === "string" ? [entry] : entry));
    const ranks = importanceRanks(names, weighting.order);
    if (!ranks.ok) {
      io.out(JSON.stringify({ ok: false, issues: ranks.issues.map(describedIssue) }, null, 2));
      return 1;
    }
    const weights = weighting.method === "roc" ? rankOrderCentroid(ranks.ranks) : rankSum(ranks.ranks);
    io.out(JSON.stringify({ ok: true, method: weighting.method, criteria: names, weights }, null, 2));
    return 0;
  }
  io.err(`pivotscore: the ${weighting.method} weighting needs the options' data: pass a decision problem.`);
  return 2;
}
