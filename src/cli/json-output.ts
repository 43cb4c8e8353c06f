import type { AnalysisResult, Issue, SolveResult } from "../core/index";
import { formatIssue } from "../locales/en";

/** The issue's fields plus its English message, as the CLI prints it. */
export function describedIssue(issue: Issue): Issue & { message: string } {
  return { ...issue, message: formatIssue(issue) };
}

/** The JSON document `pivotscore solve` prints. */
export function solutionJson(result: SolveResult): unknown {
  if (!result.ok && result.reason === "invalid-problem") return { ok: false, reason: result.reason, problems: result.problems };
  if (!result.ok) return { ok: false, reason: result.reason, issues: result.issues.map(describedIssue) };
  return {
    ok: true,
    method: result.method,
    higherIsBetter: result.higherIsBetter,
    ranking: [...result.options].sort((a, b) => a.rank - b.rank || a.row - b.row).map((o) => o.name),
    options: result.options,
    criteria: result.criteria.map((c) => ({ name: c.name, direction: c.direction, scale: c.scale, valueFunction: c.valueFunction, weight: c.weight, inferred: c.inferred })),
    weights: result.weights,
    weighting: result.weighting,
    details: result.details,
    issues: result.issues.map(describedIssue),
  };
}

/** The JSON document `pivotscore analyze` prints: every analysis, scenario solutions reduced to their rankings. */
export function analysisJson(result: AnalysisResult): unknown {
  if (!result.ok && result.reason === "invalid-problem") return { ok: false, reason: result.reason, problems: result.problems };
  if (!result.ok) return { ok: false, reason: result.reason, issues: result.issues.map(describedIssue) };
  const { solution, scenarios, issues, ...rest } = result;
  const solved = solutionJson(solution) as Record<string, unknown>;
  return {
    ...solved,
    ...rest,
    scenarios: scenarios && {
      ...scenarios,
      scenarios: scenarios.scenarios.map(({ solution: s, issues: scenarioIssues, ...outcome }) => ({
        ...outcome,
        ...(s ? { method: s.method, weights: s.weights, options: s.options } : {}),
        issues: scenarioIssues.map(describedIssue),
      })),
    },
    issues: issues.map(describedIssue),
  };
}
