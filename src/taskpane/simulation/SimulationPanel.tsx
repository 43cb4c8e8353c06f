/**
 * The Monte Carlo (SMAA-2) from the task pane: how many draws, Run, a progress bar with Cancel while it
 * runs (in a Web Worker, so the pane stays responsive), then one sentence on the option most often
 * ranked first. The parent may show more of the result (the acceptability chart) through renderResult.
 */
import { Body1, Button, Caption1, Field, Input, ProgressBar, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { MAX_DRAWS, type Decision, type SimulationWeights, type SmaaResult } from "../../core/index";
import { formatIssue } from "../../locales/en";
import { Choice } from "../Choice";
import type { StartOptions } from "./client";
import { useSimulation } from "./useSimulation";

/** The draws the panel accepts (the engine takes 1 to 1,000,000; under 100 says little). */
export const PANEL_MIN_DRAWS = 100;
export const PANEL_MAX_DRAWS = MAX_DRAWS;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  controls: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  draws: { width: "140px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const count = (n: number): string => n.toLocaleString("en-US");
const percent = (p: number): string => `${(100 * p).toFixed(1)}%`;

/** z for a two-sided 95% normal interval: the summary's margin is 1.96 standard errors. */
export const MARGIN_Z = 1.96;

/**
 * "ML Infra ranks first in 62.3% of the 10,000 draws (± 0.9 points, 95% margin)." The option with the
 * largest first-rank acceptability b_i^1; options sharing that value are named together.
 */
export function summarize(result: SmaaResult): string {
  if (result.draws === 0 || result.options.length === 0) return "No draws were made, so there is no result yet.";
  const first = result.acceptability.map((row) => row[0] ?? { value: 0, standardError: 0 });
  const best = Math.max(...first.map((e) => e.value));
  const leaders = result.options.filter((_, i) => first[i]?.value === best);
  const estimate = first[result.options.indexOf(leaders[0] ?? "")] ?? { value: 0, standardError: 0 };
  const margin = estimate.standardError > 0 ? ` (± ${(100 * MARGIN_Z * estimate.standardError).toFixed(1)} points, 95% margin)` : "";
  const who = leaders.length === 1 ? `${leaders[0]} ranks` : `${leaders.slice(0, -1).join(", ")} and ${leaders[leaders.length - 1]} each rank`;
  return `${who} first in ${percent(estimate.value)} of the ${count(result.draws)} draws${margin}.`;
}

/** How the weights vary in a run, as the settings sheet writes it (refresh reads the same text). */
export interface WeightMode {
  readonly text: string;
  readonly label: string;
  readonly spec: SimulationWeights;
}

export const WEIGHT_MODES: readonly WeightMode[] = [
  { text: "uniform", label: "Any weights at all (no preference)", spec: { kind: "uniform" } },
  { text: "±10%", label: "Within ±10% of these weights", spec: { kind: "around", percent: 10 } },
  { text: "±25%", label: "Within ±25% of these weights", spec: { kind: "around", percent: 25 } },
  { text: "±50%", label: "Within ±50% of these weights", spec: { kind: "around", percent: 50 } },
  { text: "fixed", label: "Not at all (only uncertain inputs vary)", spec: { kind: "fixed" } },
];

/** The mode a decision's simulation uses: one of WEIGHT_MODES, or its own (another band, an importance order). */
export function weightModeOf(spec: SimulationWeights): WeightMode {
  const text = spec.kind === "around" ? `±${spec.percent}%` : spec.kind;
  return WEIGHT_MODES.find((m) => m.text === text) ?? { text, label: spec.kind === "around" ? `Within ±${spec.percent}% of these weights` : "In the importance order the settings give", spec };
}

export interface SimulationPanelProps {
  readonly decision: Decision;
  /** More of the result under the summary (for instance the rank acceptability chart). */
  readonly renderResult?: (result: SmaaResult) => ReactNode;
  /** Where runs happen (tests pass { where: "page" }); fixed for the panel's life. */
  readonly runOptions?: Omit<StartOptions, "onProgress">;
  /** Told the draws and the weight mode of each run, to keep them (the report then runs the same). */
  readonly onSettings?: (settings: { draws: number; weights: string }) => void;
}

export function SimulationPanel({ decision, renderResult, runOptions, onSettings }: SimulationPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const simulation = useSimulation(decision, runOptions);
  const [text, setText] = useState(() => String(Math.min(PANEL_MAX_DRAWS, Math.max(PANEL_MIN_DRAWS, decision.settings.simulation.draws))));
  const [mode, setMode] = useState<WeightMode>(() => weightModeOf(decision.settings.simulation.weights));
  const modes = WEIGHT_MODES.some((m) => m.text === mode.text) ? WEIGHT_MODES : [...WEIGHT_MODES, mode];
  const draws = Number(text);
  const valid = text.trim() !== "" && Number.isInteger(draws) && draws >= PANEL_MIN_DRAWS && draws <= PANEL_MAX_DRAWS;
  const running = simulation.status === "running";
  const { result } = simulation;
  const notes = result ? result.issues.filter((i) => i.code !== "simulation-cancelled").map((i) => formatIssue(i)) : [];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} block>
        Monte Carlo simulation
      </Subtitle2>
      <Caption1 as="p" className={styles.muted}>
        Draws weights (and uncertain values) at random and counts how often each option ranks first.
      </Caption1>
      <Choice
        label="Weights vary"
        value={mode.text}
        choices={modes.map((m) => ({ value: m.text, label: m.label }))}
        disabled={running}
        onChoose={(text) => setMode(modes.find((m) => m.text === text) ?? mode)}
      />
      <div className={styles.controls}>
        <Field
          label="Draws"
          className={styles.draws}
          {...(valid ? {} : { validationState: "error" as const, validationMessage: `A whole number from ${count(PANEL_MIN_DRAWS)} to ${count(PANEL_MAX_DRAWS)}.` })}
        >
          <Input type="number" min={PANEL_MIN_DRAWS} max={PANEL_MAX_DRAWS} step={1000} value={text} disabled={running} onChange={(_e, data) => setText(data.value)} />
        </Field>
        {/* Focusable while unavailable, and Cancel always present: pressing either never drops the keyboard focus to the page. */}
        <Button
          appearance="primary"
          disabledFocusable={!valid || running}
          onClick={() => {
            simulation.run({ draws, weights: mode.spec });
            onSettings?.({ draws, weights: mode.text });
          }}
        >
          Run
        </Button>
        <Button disabledFocusable={!running} onClick={simulation.cancel}>
          Cancel
        </Button>
      </div>
      {running ? (
        <Field label="Simulation progress" hint={`${count(simulation.done)} of ${count(simulation.total)} draws`}>
          <ProgressBar max={Math.max(1, simulation.total)} value={simulation.done} aria-valuetext={`${count(simulation.done)} of ${count(simulation.total)} draws`} />
        </Field>
      ) : null}
      <div role="status" aria-live="polite">
        {simulation.status === "failed" ? <Body1 as="p">{simulation.message}</Body1> : null}
        {simulation.status === "cancelled" ? <Body1 as="p">{simulation.message}</Body1> : null}
        {result && (simulation.status === "done" || simulation.status === "cancelled") ? <Body1 as="p">{summarize(result)}</Body1> : null}
        {notes.map((note) => (
          <Caption1 as="p" key={note} className={styles.muted}>
            {note}
          </Caption1>
        ))}
      </div>
      {result && renderResult && !running ? renderResult(result) : null}
    </section>
  );
}
