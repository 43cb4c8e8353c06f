/**
 * Sensitivity: how far each weight may move before the top choice changes (bars around the current
 * weight, with the nearest decision-changing change in one sentence), which inputs swing the top
 * option's score most (tornado), and each option's score as one weight moves (spider).
 */
import { Body1 } from "@fluentui/react-components";
import type { AnalysisResult } from "../../core/index";
import { Stability } from "../Stability";

export function SensitivityView({ analysis }: { analysis: AnalysisResult | undefined }) {
  if (!analysis) return <Body1 as="p">Working...</Body1>;
  if (!analysis.ok) return <Body1 as="p">The options cannot be ranked, so there is nothing to test.</Body1>;
  return <Stability sensitivity={analysis.sensitivity} />;
}
