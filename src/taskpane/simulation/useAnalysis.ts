import { useEffect, useState } from "react";
import type { AnalysisResult, Problem } from "../../core/index";
import { createAnalyzer, SUPERSEDED, type Analyzer } from "./analyzer";

export interface AnalysisState {
  /** The latest answer (undefined before the first; null when the analysis failed to run). */
  readonly result: AnalysisResult | null | undefined;
  /** True while the answer shown is for earlier weights than those on screen. */
  readonly stale: boolean;
}

/** The analyses for the problem on screen, computed off the page's thread; the last answer stays while the next computes. */
export function useAnalysis(problem: Problem | undefined, options: { where?: "auto" | "page" } = {}): AnalysisState {
  const [analyzer, setAnalyzer] = useState<Analyzer | null>(null);
  const [shown, setShown] = useState<{ problem: Problem; result: AnalysisResult | null } | null>(null);
  const where = options.where ?? "auto";
  // Created in an effect (not during render), so React's double mount in development disposes what it made.
  useEffect(() => {
    const made = createAnalyzer({ where });
    setAnalyzer(made);
    return () => made.dispose();
  }, [where]);
  useEffect(() => {
    if (!analyzer || !problem) return;
    // A newer problem does not cancel this request: its answer is the nearest there is until the next
    // arrives. Disposing the analyzer (unmount) resolves what is pending as superseded.
    void analyzer.analyze(problem).then((answer) => {
      if (answer !== SUPERSEDED) setShown({ problem, result: answer });
    });
  }, [analyzer, problem]);
  return { result: shown?.result, stale: shown === null || shown.problem !== problem };
}
