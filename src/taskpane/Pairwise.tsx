/**
 * AHP weights by pairwise comparison (Saaty 1980): one slider per pair of criteria on Saaty's 1-9 scale,
 * either way, the priority vector and consistency ratio recomputed live by the engine's ahpWeights,
 * and a warning naming the least consistent judgement when CR is above 0.10.
 *
 * Slider positions run from -8 to 8: -8..-1 favour the first criterion of the pair (judgements 9..2),
 * 0 is "equally important" (1), 1..8 favour the second (1/2..1/9). A starting matrix whose judgements
 * are not on the scale (2.5, 0.3) is rounded to the nearest scale value.
 */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Slider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useCallback, useId, useMemo, useState } from "react";
import { ahpWeights, CONSISTENCY_THRESHOLD, type AhpPriorities } from "../core/index";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(120px, 2fr) minmax(0, 1fr)", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  end: { overflowWrap: "anywhere" },
  right: { textAlign: "right", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Saaty's verbal scale (Saaty 1980, table 1.1), for judgements 1..9. */
const INTENSITY = [
  "",
  "equally important",
  "equally to moderately more important",
  "moderately more important",
  "moderately to strongly more important",
  "strongly more important",
  "strongly to very strongly more important",
  "very strongly more important",
  "very strongly to extremely more important",
  "extremely more important",
] as const;

/** The judgement a_ij (first criterion over second) at a slider position. */
export function judgementAt(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

/** The slider position of the scale value nearest to a judgement a_ij (by ratio). */
export function positionOf(judgement: number): number {
  if (!(judgement > 0) || !Number.isFinite(judgement)) return 0;
  const k = Math.min(9, Math.max(1, Math.round(judgement >= 1 ? judgement : 1 / judgement)));
  return judgement >= 1 ? 1 - k : k - 1;
}

/** "Market size strongly more important than Our fit (5)", for a judgement a of `first` over `second`. */
export function describeJudgement(first: string, second: string, judgement: number): string {
  const position = positionOf(judgement);
  if (position === 0) return `${first} and ${second} equally important (1)`;
  const k = Math.abs(position) + 1;
  const [more, less] = position < 0 ? [first, second] : [second, first];
  return `${more} ${INTENSITY[k]} than ${less} (${k})`;
}

interface Pair {
  readonly i: number;
  readonly j: number;
}

const pairsOf = (n: number): Pair[] => Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (__, k) => ({ i, j: i + k + 1 }))).flat();

/** The reciprocal matrix of the pairs' judgements (a_ji = 1 / a_ij, ones on the diagonal). */
export function reciprocalMatrix(n: number, positions: readonly number[]): number[][] {
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  pairsOf(n).forEach(({ i, j }, p) => {
    const a = judgementAt(positions[p] ?? 0);
    (matrix[i] as number[])[j] = a;
    (matrix[j] as number[])[i] = 1 / a;
  });
  return matrix;
}

/**
 * The judgement furthest from what the priorities imply: the pair maximising |ln(a_ij w_j / w_i)|, with
 * the implied ratio w_i / w_j (Saaty 2003, "Decision-making with the AHP: Why is the principal eigenvector
 * necessary", EJOR 145(1): revise the a_ij with the largest a_ij w_j / w_i towards w_i / w_j).
 */
export function leastConsistentPair(matrix: readonly (readonly number[])[], weights: readonly number[]): { i: number; j: number; implied: number } | null {
  let best: { i: number; j: number; implied: number; error: number } | null = null;
  for (const { i, j } of pairsOf(matrix.length)) {
    const wi = weights[i] ?? 0;
    const wj = weights[j] ?? 0;
    if (!(wi > 0 && wj > 0)) continue;
    const error = Math.abs(Math.log(((matrix[i]?.[j] ?? 1) * wj) / wi));
    if (!best || error > best.error) best = { i, j, implied: wi / wj, error };
  }
  return best && best.error > 0 ? { i: best.i, j: best.j, implied: best.implied } : null;
}

export interface PairwiseEditorProps {
  readonly criteria: readonly string[];
  /** A starting pairwise matrix (first criterion over second); its upper triangle is read. */
  readonly initial?: readonly (readonly number[])[];
  readonly onApply: (weights: number[], matrix: number[][]) => void;
}

/**
 * The editor keeps its own judgements after the first render: give it a new `key` when the criteria
 * change.
 */
export function PairwiseEditor({ criteria, initial, onApply }: PairwiseEditorProps) {
  const styles = useStyles();
  const headingId = useId();
  const n = criteria.length;
  const pairs = useMemo(() => pairsOf(n), [n]);
  const [positions, setPositions] = useState<number[]>(() => pairs.map(({ i, j }) => positionOf(initial?.[i]?.[j] ?? 1)));
  const matrix = useMemo(() => reciprocalMatrix(n, positions), [n, positions]);
  const ahp = useMemo(() => {
    const result = ahpWeights(matrix);
    // The matrix is built reciprocal and positive, so the engine always accepts it.
    return result.ok ? result : null;
  }, [matrix]);
  const name = (k: number): string => criteria[k] ?? `Criterion ${k + 1}`;
  const set = useCallback((p: number, value: number) => setPositions((current) => current.map((x, q) => (q === p ? value : x))), []);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} block>
        Pairwise comparisons (AHP)
      </Subtitle2>
      <Caption1 as="p" className={styles.muted}>
        For each pair, move the slider towards the criterion that matters more, on Saaty&apos;s scale from equal (1) to extreme (9).
      </Caption1>
      {pairs.map(({ i, j }, p) => (
        <PairSlider key={`${i}-${j}`} index={p} first={name(i)} second={name(j)} position={positions[p] ?? 0} onMove={set} />
      ))}
      {ahp ? <Priorities criteria={criteria} ahp={ahp} /> : null}
      {ahp ? <Consistency names={name} matrix={matrix} ahp={ahp} /> : null}
      <div>
        <Button appearance="primary" disabled={!ahp || n === 0} onClick={() => ahp && onApply([...ahp.weights], matrix.map((row) => [...row]))}>
          Use these weights
        </Button>
      </div>
    </section>
  );
}

/** One pair's slider; memoised, so moving one slider re-renders only it (45 of them for ten criteria). */
const PairSlider = memo(function PairSlider({ index, first, second, position, onMove }: { index: number; first: string; second: string; position: number; onMove: (index: number, position: number) => void }) {
  const styles = useStyles();
  const text = describeJudgement(first, second, judgementAt(position));
  return (
    <Field label={`${first} vs ${second}`}>
      <div className={styles.row}>
        <Caption1 aria-hidden="true" className={styles.end}>
          {first}
        </Caption1>
        <Slider min={-8} max={8} step={1} value={position} aria-valuetext={text} onChange={(_e, data) => onMove(index, data.value)} />
        <Caption1 aria-hidden="true" className={styles.right}>
          {second}
        </Caption1>
      </div>
      {/* The slider announces the same words through aria-valuetext. */}
      <Caption1 aria-hidden="true">{text}</Caption1>
    </Field>
  );
});

function Priorities({ criteria, ahp }: { criteria: readonly string[]; ahp: AhpPriorities }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Priorities">
      {criteria.map((c, k) => (
        <li key={k}>
          <Body1>
            {c}: {(100 * (ahp.weights[k] ?? 0)).toFixed(1)}%
          </Body1>
        </li>
      ))}
    </ul>
  );
}

function Consistency({ names, matrix, ahp }: { names: (k: number) => string; matrix: number[][]; ahp: AhpPriorities }) {
  const n = matrix.length;
  if (ahp.cr === null) {
    return (
      <Body1 as="p" aria-live="polite">
        No consistency ratio for {n} criteria: Saaty&apos;s random index table stops at 10.
      </Body1>
    );
  }
  const cr = ahp.cr.toFixed(3);
  const worst = ahp.cr > CONSISTENCY_THRESHOLD ? leastConsistentPair(matrix, ahp.weights) : null;
  return (
    <>
      <Body1 as="p" aria-live="polite">
        Consistency ratio (CR): {cr}
        {n <= 2 ? " (two criteria are always consistent)" : ""}
      </Body1>
      {ahp.cr > CONSISTENCY_THRESHOLD ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Inconsistent judgements</MessageBarTitle>
            CR {cr} is above {CONSISTENCY_THRESHOLD.toFixed(2)}: revise some judgements.
            {worst
              ? ` The least consistent is ${names(worst.i)} vs ${names(worst.j)}: you said "${describeJudgement(names(worst.i), names(worst.j), matrix[worst.i]?.[worst.j] ?? 1)}", the other judgements imply about "${describeJudgement(names(worst.i), names(worst.j), worst.implied)}".`
              : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
