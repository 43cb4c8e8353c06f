import { levelKey } from "../cells";
import { isBlocking, type Issue } from "../issues";
import { ProblemSchema, type Problem } from "../model";
import type { ReadResult } from "../read";
import { readDecision, solveDecision, type Decision } from "../decision";
import type { Result } from "../result";
import type { SchemaProblem, Solution } from "../solve";
import { scoringModel } from "./evaluator";
import { inputModel, resolveRanges, type InputModel, type UncertainInput } from "./inputs";
import { recommend, type Recommendation } from "./recommend";
import { compareScenarios, type ScenarioComparison } from "./scenarios";
import { simulateSync, type SmaaResult } from "./smaa";
import { tornado, type Tornado } from "./tornado";
import { weightSensitivity, type WeightSensitivity } from "./weight-sensitivity";

/** An uncertain input as reported: names instead of indexes. */
export interface UncertainValue {
  readonly option: string;
  readonly criterion: string;
  readonly low: number;
  readonly mode: number;
  readonly high: number;
  readonly distribution: UncertainInput["distribution"];
}

export interface Analysis {
  readonly ok: true;
  readonly solution: Solution;
  readonly sensitivity: WeightSensitivity;
  readonly uncertainty: { readonly inputs: readonly UncertainValue[]; readonly tornado: Tornado | null };
  /** Null when the simulation was switched off or its weight setting could not be used (see issues). */
  readonly simulation: SmaaResult | null;
  /** Null when the problem has no scenarios. */
  readonly scenarios: ScenarioComparison | null;
  readonly recommendation: Recommendation;
  readonly issues: readonly Issue[];
}

export type AnalysisResult =
  | Analysis
  | { readonly ok: false; readonly reason: "invalid-problem"; readonly problems: readonly SchemaProblem[] }
  | { readonly ok: false; readonly reason: "unsolvable"; readonly issues: readonly Issue[] };

export interface AnalysisSettings {
  /** Run the Monte Carlo (default true). */
  readonly simulate?: boolean;
}

/** The parts every analysis starts from: the read, the solution and the models built on them. */
export interface Prepared {
  readonly decision: Decision;
  /** The problem's table as read (before any cost inversion). */
  readonly read: ReadResult;
  readonly solution: Solution;
  readonly inputs: InputModel;
  readonly uncertain: readonly UncertainInput[];
  readonly issues: readonly Issue[];
}

export function prepareAnalysis(decision: Decision): Result<{ prepared: Prepared }> {
  const problem = decision.settings;
  const invert = problem.costs === "invert";
  const { read, result: solved } = solveDecision(decision);
  if (!solved.ok) return { ok: false, issues: solved.reason === "unsolvable" ? [...solved.issues] : [] };
  const inputs = inputModel(read, solved, invert);
  const excluded = new Set(read.issues.flatMap((i) => (i.code === "row-excluded" ? [levelKey(i.option)] : [])));
  const substituted = new Set(
    read.issues.flatMap((i) => {
      if (i.code !== "value-replaced-by-worst") return [];
      const option = inputs.rows.indexOf(i.row);
      const criterion = inputs.criteria.findIndex((c) => c.name === i.criterion);
      return option >= 0 && criterion >= 0 ? [`${option}:${criterion}`] : [];
    }),
  );
  const ranges = resolveRanges(inputs, problem.criteria, problem.ranges, problem.simulation.distribution, { excluded, substituted });
  const issues: Issue[] = [...solved.issues, ...ranges.issues];
  if (ranges.issues.some(isBlocking)) return { ok: false, issues };
  return { ok: true, prepared: { decision, read, solution: solved, inputs, uncertain: ranges.inputs, issues } };
}

/** Validates a decision problem and runs every analysis on it. Never throws. */
export function analyze(input: unknown, settings: AnalysisSettings = {}): AnalysisResult {
  const parsed = ProblemSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: "invalid-problem", problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(problem)", message: issue.message })) };
  }
  return analyzeProblem(parsed.data, settings);
}

export function analyzeProblem(problem: Problem, settings: AnalysisSettings = {}): AnalysisResult {
  return analyzeDecision(readDecision(problem), settings);
}

/** Every analysis of a decision whose table is already read. Never throws. */
export function analyzeDecision(decision: Decision, settings: AnalysisSettings = {}): AnalysisResult {
  const problem = decision.settings;
  const ready = prepareAnalysis(decision);
  if (!ready.ok) return { ok: false, reason: "unsolvable", issues: ready.issues };
  const { solution, inputs, uncertain, read } = ready.prepared;
  const issues: Issue[] = [...ready.prepared.issues];
  const model = scoringModel(solution);
  const sensitivity = weightSensitivity(model);
  const bars = tornado(inputs, uncertain);

  let simulation: SmaaResult | null = null;
  if (settings.simulate !== false) {
    const run = simulateSync(inputs, { draws: problem.simulation.draws, seed: problem.simulation.seed, weights: problem.simulation.weights, inputs: uncertain });
    if (run.ok) {
      simulation = run.result;
      issues.push(...run.result.issues);
    } else issues.push(...run.issues);
  }
  const scenarios = problem.scenarios.length > 0 ? compareScenarios(decision, read, solution.weights) : null;
  // A scenario's own notes (exclusions, unusable constraints: every issue that names its scenario); its
  // read and method notes repeat the base's and stay with the scenario.
  if (scenarios) for (const s of scenarios.scenarios) for (const issue of s.issues) if ("scenario" in issue) issues.push(issue);
  const names = (u: UncertainInput): UncertainValue => ({ option: inputs.options[u.option] ?? "", criterion: inputs.criteria[u.criterion]?.name ?? "", low: u.low, mode: u.mode, high: u.high, distribution: u.distribution });
  return {
    ok: true,
    solution,
    sensitivity,
    uncertainty: { inputs: uncertain.map(names), tornado: bars },
    simulation,
    scenarios,
    recommendation: recommend(solution, model, inputs, sensitivity, simulation, scenarios),
    issues,
  };
}
