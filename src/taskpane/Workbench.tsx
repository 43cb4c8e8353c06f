/**
 * The analyst's weights and the ranking they give, side by side: a slider and a number per criterion,
 * normalised live, and the ranking recomputed on every change (the engine takes a few milliseconds on a
 * table of hundreds of options, so typing never waits). Works on a Problem handed in by the host (the
 * workbook's tables read through refresh's own reader), never touching Excel itself.
 */
import { Body1, Caption1, Field, Input, Slider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { invertCosts, readProblem, solveRead, type Problem, type ReadResult, type Solution, type SolveResult } from "../core/index";
import { formatIssue } from "../locales/en";
import { Stability } from "./Stability";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 72px", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  ranking: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The problem's table read once (costs inverted when it asks): moving a weight never re-reads the cells. */
export function readFor(problem: Problem): ReadResult {
  const read = readProblem(problem);
  return problem.costs === "invert" ? invertCosts(read) : read;
}

/** The read table scored with these raw weights (any non-negative numbers), in criteria order. */
export function rankWith(read: ReadResult, method: Problem["method"], weights: readonly number[]): SolveResult {
  return solveRead({ ...read, criteria: read.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })) }, method, { method: "direct" });
}

export function Workbench({ problem }: { problem: Problem }) {
  const styles = useStyles();
  const read = useMemo(() => readFor(problem), [problem]);
  const names = read.criteria.map((c) => c.name);
  // Start from the weights the problem actually uses (its own weighting: direct, AHP, entropy, ...).
  const [weights, setWeights] = useState<number[]>(() => {
    const start = solveRead(read, problem.method, problem.weights);
    return start.ok ? [...start.weights] : read.criteria.map((c) => c.weight ?? 1);
  });
  const result = useMemo(() => rankWith(read, problem.method, weights), [read, problem.method, weights]);
  const total = weights.reduce((t, w) => t + (w > 0 ? w : 0), 0);
  const set = (j: number, value: number) => setWeights((w) => w.map((x, k) => (k === j ? (Number.isFinite(value) && value >= 0 ? value : 0) : x)));

  return (
    <section aria-label="Weights and ranking">
      <Subtitle2 as="h2" block>Weights</Subtitle2>
      {names.map((name, j) => {
        const share = total > 0 ? (weights[j] ?? 0) / total : 0;
        return (
          <Field key={name} label={`${name}: ${(100 * share).toFixed(1)}%`}>
            <div className={styles.row}>
              <Slider aria-label={`${name} weight`} min={0} max={100} step={1} value={Math.round(100 * share)} onChange={(_e, d) => set(j, total > 0 ? (d.value / 100) * total : d.value)} />
              <Input aria-label={`${name} weight value`} type="number" min={0} value={String(Number((weights[j] ?? 0).toPrecision(4)))} onChange={(_e, d) => set(j, Number(d.value))} />
            </div>
          </Field>
        );
      })}
      <Subtitle2 as="h2" block>Ranking</Subtitle2>
      <Ranking result={result} />
      {result.ok ? <Stability solution={result} /> : null}
    </section>
  );
}

function Ranking({ result }: { result: SolveResult }) {
  const styles = useStyles();
  if (!result.ok) {
    const messages = result.reason === "unsolvable" ? result.issues.map((i) => formatIssue(i)) : result.problems.map((p) => p.message);
    return (
      <Body1 as="p" role="alert">
        {messages.slice(0, 3).join(" ")}
      </Body1>
    );
  }
  const ranked = [...(result as Solution).options].sort((a, b) => a.rank - b.rank || a.row - b.row);
  return (
    <ol className={styles.ranking} aria-label="Ranking" aria-live="polite">
      {ranked.map((o) => (
        <li key={`${o.row}`} className={styles.item}>
          <Body1>
            {o.rank}. {o.name}
          </Body1>
          <Caption1 className={styles.muted}>{o.score.toFixed(3)}</Caption1>
        </li>
      ))}
    </ol>
  );
}
