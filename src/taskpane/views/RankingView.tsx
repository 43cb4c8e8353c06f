/**
 * Weights and ranking: a slider and a number per criterion (shares, normalised live), buttons for the
 * standard weightings, the ranking (it re-sorts with a short slide as weights move) and the
 * recommendation with its reasons.
 */
import { Body1, Button, Caption1, Input, Label, MessageBar, MessageBarBody, Slider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState, type Ref } from "react";
import { describeRecommendation, formatIssue, METHOD_LABELS, naturalValues } from "../../locales/en";
import type { AnalysisResult, Issue, MethodName, SolveResult } from "../../core/index";
import { derivedWeights, METHOD_NAMES, scenarioProblems, shares, withShare, type DerivedWeighting, type View } from "../model";
import { Choice } from "../Choice";
import { PairwiseEditor } from "../Pairwise";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 76px", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    transitionProperty: "transform",
    transitionDuration: tokens.durationNormal,
    transitionTimingFunction: tokens.curveEasyEase,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0s" },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  card: { padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2, margin: `${tokens.spacingVerticalS} 0` },
});

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export interface RankingViewProps {
  readonly view: View | undefined;
  readonly criteria: readonly string[];
  readonly weights: readonly number[];
  readonly ranking: SolveResult | undefined;
  readonly analysis: AnalysisResult | undefined;
  /** True while the recommendation shown is for earlier weights (the next is being worked out). */
  readonly stale?: boolean;
  /** True when the weights differ from the table's (or the scenario's): Reset is offered. */
  readonly moved: boolean;
  readonly scenario: string;
  /** The method the workbook's settings name, and how to choose another (stored; the host reads the workbook again). */
  readonly method?: string;
  readonly onMethod?: (method: MethodName) => void;
  /** Said under the weights when they are not kept (moved on a row of the Scenarios table). */
  readonly draftNote?: string;
  readonly onWeights: (weights: number[]) => void;
  readonly onReset: () => void;
}

export function RankingView({ view, criteria, weights, ranking, analysis, stale = false, moved, scenario, draftNote, method, onMethod, onWeights, onReset }: RankingViewProps) {
  const styles = useStyles();
  const [failure, setFailure] = useState<string>("");
  const [pairwise, setPairwise] = useState(false);
  // The last judgements applied, so reopening the editor starts from them (kept while the pane is open).
  const [judgements, setJudgements] = useState<number[][] | undefined>(undefined);
  const pairwiseButton = useRef<HTMLButtonElement>(null);
  if (!view) return <Body1 as="p">There is nothing to rank yet: the Data tab says what was found in the workbook.</Body1>;
  const share = shares(weights);
  // What the scenario could not do (a criterion it names that the table lacks, an unreadable constraint):
  // the exclusions are listed on their own line.
  const scenarioIssues = scenarioProblems(view).map((i) => formatIssue(i));
  const derive = (kind: DerivedWeighting) => {
    const result = derivedWeights(view, kind, weights);
    if (result.ok) {
      setFailure("");
      onWeights(result.weights);
    } else setFailure(result.issues.map((i) => formatIssue(i)).join(" ") || "These weights cannot be worked out for this table.");
  };
  return (
    <>
      <Subtitle2 as="h2" block>
        Weights{scenario ? ` (${scenario})` : ""}
      </Subtitle2>
      {criteria.map((name, j) => (
        <div key={name}>
          {/* One label for the pair; each control has its own accessible name (a Field would give both one id). */}
          <Label size="small">{`${name}: ${pct(share[j] ?? 0)}`}</Label>
          <div className={styles.row}>
            <Slider
              aria-label={`${name} weight`}
              aria-valuetext={pct(share[j] ?? 0)}
              min={0}
              max={100}
              value={Math.round(100 * (share[j] ?? 0))}
              onChange={(_e, d) => onWeights(withShare(weights, j, d.value / 100))}
            />
            <Input
              aria-label={`${name} weight value`}
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={String(Number((100 * (share[j] ?? 0)).toFixed(1)))}
              contentAfter="%"
              onChange={(_e, d) => {
                const v = Number(d.value);
                if (d.value.trim() !== "" && Number.isFinite(v)) onWeights(withShare(weights, j, v / 100));
              }}
            />
          </div>
        </div>
      ))}
      <div className={styles.buttons} role="group" aria-label="Weightings">
        <Button size="small" onClick={() => derive("equal")}>
          Equal
        </Button>
        <Button size="small" onClick={() => derive("roc")} title="Rank-order centroid weights that keep the current order of importance">
          Rank order
        </Button>
        <Button size="small" onClick={() => derive("entropy")} title="Weights from how much each criterion varies across the options (entropy)">
          Entropy
        </Button>
        <Button size="small" onClick={() => derive("critic")} title="Weights from contrast and conflict between criteria (CRITIC)">
          CRITIC
        </Button>
        <Button size="small" ref={pairwiseButton as Ref<never>} aria-expanded={pairwise} onClick={() => setPairwise((open) => !open)}>
          Pairwise (AHP)
        </Button>
        {/* Always there (focusable when there is nothing to reset), so the focus never falls to the page. */}
        <Button size="small" appearance="subtle" disabledFocusable={!moved} onClick={onReset}>
          Reset weights
        </Button>
      </div>
      {pairwise ? (
        <PairwiseEditor
          key={criteria.join("\u0000")}
          criteria={criteria}
          {...(judgements ? { initial: judgements } : {})}
          onApply={(next, matrix) => {
            setJudgements(matrix);
            setPairwise(false);
            onWeights(next);
            pairwiseButton.current?.focus();
          }}
        />
      ) : null}
      {failure ? (
        <MessageBar intent="warning">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {draftNote ? (
        <Caption1 as="p" className={styles.muted}>
          {draftNote}
        </Caption1>
      ) : null}
      <Subtitle2 as="h2" block>
        Ranking
      </Subtitle2>
      {onMethod ? (
        <Choice
          label="Method"
          hint="Used here and in the report; a scenario may name its own."
          value={view.decision.settings.method.name}
          choices={METHOD_NAMES.map((name) => ({ value: name, label: METHOD_LABELS[name] }))}
          onChoose={(next) => next !== method && onMethod(next)}
        />
      ) : null}
      <Ranking result={ranking} />
      {view.excluded.length > 0 ? (
        <Caption1 as="p" className={styles.muted}>
          Left out by this scenario: {view.excluded.map((e) => `${e.option} (${e.constraint})`).join("; ")}.
        </Caption1>
      ) : null}
      {scenarioIssues.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{scenarioIssues.join(" ")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Recommendation analysis={analysis} stale={stale} />
    </>
  );
}

function problemsOf(result: { ok: false; reason: "unsolvable"; issues: readonly Issue[] } | { ok: false; reason: "invalid-problem"; problems: readonly { message: string }[] }): string {
  return (result.reason === "unsolvable" ? result.issues.map((i) => formatIssue(i)) : result.problems.map((p) => p.message)).slice(0, 3).join(" ");
}

/** The options in rank order; when the order changes each row slides from its old place to its new one. */
export function Ranking({ result }: { result: SolveResult | undefined }) {
  const styles = useStyles();
  const rows = useRef(new Map<number, HTMLLIElement>());
  const tops = useRef(new Map<number, number>());
  const order = result?.ok ? [...result.options].sort((a, b) => a.rank - b.rank || a.row - b.row) : [];
  const sequence = order.map((o) => o.row).join(",");
  const leaders = order.filter((o) => o.rank === 1).map((o) => o.name).join(" and ");
  const leaderText = leaders ? `${leaders} ${order.filter((o) => o.rank === 1).length > 1 ? "share" : "takes"} first place.` : "";
  // FLIP: measure where each row is now, start it where it was, and let the transition take it home.
  useLayoutEffect(() => {
    const reduced = typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
    for (const [row, element] of rows.current) {
      const top = element.offsetTop;
      const before = tops.current.get(row);
      tops.current.set(row, top);
      if (before === undefined || before === top || reduced) continue;
      element.style.transition = "none";
      element.style.transform = `translateY(${before - top}px)`;
      void element.offsetHeight;
      element.style.transition = "";
      element.style.transform = "";
    }
  }, [sequence]);
  if (!result) return null;
  if (!result.ok)
    return (
      <Body1 as="p" role="alert">
        {problemsOf(result)}
      </Body1>
    );
  return (
    <>
    {/* Announced only when the leader changes, not on every step of a slider. */}
    <span className={styles.hidden} role="status">
      {leaderText}
    </span>
    <ol className={styles.list} aria-label="Ranking">
      {order.map((o) => (
        <li
          key={o.row}
          className={styles.item}
          data-rank={o.rank}
          ref={(element) => {
            if (element) rows.current.set(o.row, element);
            else rows.current.delete(o.row);
          }}
        >
          <Body1>
            {o.rank}. {o.name}
          </Body1>
          <Caption1 className={styles.muted}>{o.score.toFixed(3)}</Caption1>
        </li>
      ))}
    </ol>
    </>
  );
}

function Recommendation({ analysis, stale }: { analysis: AnalysisResult | undefined; stale: boolean }) {
  const styles = useStyles();
  if (!analysis || !analysis.ok) return stale ? <Caption1 as="p">Working out the recommendation...</Caption1> : null;
  const lines = describeRecommendation(analysis.recommendation, naturalValues(analysis.solution.criteria));
  return (
    <section aria-label="Recommendation" className={styles.card}>
      <Subtitle2 as="h2" block>
        Recommendation
      </Subtitle2>
      {stale ? (
        <Caption1 as="p" className={styles.muted}>
          Updating for the new weights...
        </Caption1>
      ) : null}
      {lines.map((line) => (
        <Body1 as="p" block key={line}>
          {line}
        </Body1>
      ))}
    </section>
  );
}
