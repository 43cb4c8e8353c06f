import { useEffect, useState } from "react";
import type { AnalysisResult, Decision } from "../../core/index";
import { createAnalyzer, SUPERSEDED, type Analyzer } from "./analyzer";

export interface AnalysisState {
  /** The latest answer (undefined before the first; null when the analysis failed to run). */
  readonly result: AnalysisResult | null | undefined;
  /** True while the answer shown is for earlier weights than those on screen. */
  readonly stale: boolean;
}

/** The analyses for the decision on screen, computed off the page's thread; the last answer stays while the next computes. */
export function useAnalysis(decision: Decision | undefined, options: { where?: "auto" | "page" } = {}): AnalysisState {
  const [analyzer, setAnalyzer] = useState<Analyzer | null>(null);
  const [shown, setShown] = useState<{ decision: Decision; result: AnalysisResult | null } | null>(null);
  const where = options.where ?? "auto";
  // Created in an effect (not during render), so React's double mount in development disposes what it made.
  useEffect(() => {
    const made = createAnalyzer({ where });
    setAnalyzer(made);
    return () => made.dispose();
  }, [where]);
  useEffect(() => {
    if (!analyzer || !decision) return;
    // A newer decision does not cancel this request: its answer is the nearest there is until the next
    // arrives. Disposing the analyzer (unmount) resolves what is pending as superseded.
    void analyzer.analyze(decision).then((answer) => {
      if (answer !== SUPERSEDED) setShown({ decision, result: answer });
    });
  }, [analyzer, decision]);
  return { result: shown?.result, stale: shown === null || shown.decision !== decision };
}
