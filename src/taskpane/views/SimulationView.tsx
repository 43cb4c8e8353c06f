/**
 * Monte Carlo: how often each option takes each rank when the weights (and the inputs with ranges) are
 * uncertain, run off the page's thread with progress and Cancel, shown as stacked bars.
 */
import { Body1 } from "@fluentui/react-components";
import type { Decision } from "../../core/index";
import { AcceptabilityChart } from "../charts/Acceptability";
import { SimulationPanel } from "../simulation/SimulationPanel";

export function SimulationView({ decision, onSettings }: { decision: Decision | undefined; onSettings?: (settings: { draws: number; weights: string }) => void }) {
  if (!decision) return <Body1 as="p">There is nothing to simulate yet.</Body1>;
  return <SimulationPanel decision={decision} renderResult={(result) => <AcceptabilityChart result={result} />} {...(onSettings ? { onSettings } : {})} />;
}
