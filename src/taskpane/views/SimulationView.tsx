/** Monte Carlo: how often each option ranks first when weights and inputs are uncertain. */
import { Body1 } from "@fluentui/react-components";
import type { Problem } from "../../core/index";

export function SimulationView({ problem }: { problem: Problem | undefined }) {
  if (!problem) return <Body1 as="p">There is nothing to simulate yet.</Body1>;
  return <Body1 as="p">The simulation runs from the report for now (Refresh recommendation).</Body1>;
}
