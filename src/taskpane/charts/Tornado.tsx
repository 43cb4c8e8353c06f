/**
 * The tornado diagram: one horizontal bar per uncertain input, from the top choice's score with that input
 * at its low value to its score with the input at its high value, around a line at today's score. Bars
 * come sorted by swing (largest first) from the engine; a bar whose end changes the top choice says so in
 * words, not only in colour. Presentational: it draws the Tornado it is given.
 */
import { Body1, tokens } from "@fluentui/react-components";
import type { Tornado, TornadoBar } from "../../core/index";
import { CHART_WIDTH, ChartFrame, Label, finite, formatScore, formatValue, linear, textWidth } from "./common";

export interface TornadoChartProps {
  /** The engine's tornado (analysis/tornado.ts); null or without bars when no input has a range. */
  readonly tornado: Tornado | null | undefined;
  /** Bars drawn at most (the largest swings); the rest are counted under the chart and listed in its data. Default 10. */
  readonly maxBars?: number;
  /** Writes an input value in its unit (the parent knows the criterion's scale); default 3 significant digits. */
  readonly formatInput?: (value: number, bar: TornadoBar) => string;
}

/** The top choices a bar's ends lead to other than the tornado's own, in words ("" when none). */
export function winnerChange(bar: TornadoBar, option: string): string {
  const low = bar.winnerAtLow !== option ? `${bar.winnerAtLow} at low` : "";
  const high = bar.winnerAtHigh !== option ? `${bar.winnerAtHigh} at high` : "";
  return [low, high].filter(Boolean).join(", ");
}

const PAD = 22;
const TOP = 20;
const LABEL = 15;
const BAR = 12;
const MARK = 14;
const GAP = 8;

export function TornadoChart({ tornado, maxBars = 10, formatInput = (x) => formatValue(x) }: TornadoChartProps) {
  if (!tornado || tornado.bars.length === 0) {
    return <Body1 as="p">No input has a range, so there is no tornado: give a criterion an uncertainty or add ranges to see which inputs move the top choice&apos;s score.</Body1>;
  }
  const { option } = tornado;
  const shown = tornado.bars.slice(0, Math.max(1, Math.floor(finite(maxBars, 10))));
  const more = tornado.bars.length - shown.length;
  const ends = [tornado.score, ...shown.flatMap((b) => [b.scoreAtLow, b.scoreAtHigh])].filter(Number.isFinite);
  const x = linear(Math.min(...ends), Math.max(...ends), PAD, CHART_WIDTH - PAD);
  const changes = tornado.bars.filter((b) => winnerChange(b, option) !== "");

  const baseX = x(tornado.score);
  let y = TOP;
  const rows = shown.map((bar, i) => {
    const top = y;
    const change = winnerChange(bar, option);
    y += LABEL + BAR + (change ? MARK : 0) + GAP;
    const values = `${formatInput(bar.low, bar)} to ${formatInput(bar.high, bar)}`;
    const valuesWidth = Math.min(textWidth(values, 11), CHART_WIDTH / 2);
    const lowX = x(bar.scoreAtLow);
    const highX = x(bar.scoreAtHigh);
    const left = Math.min(lowX, highX);
    const width = Math.abs(highX - lowX);
    const barY = top + LABEL;
    const lowFirst = bar.scoreAtLow <= bar.scoreAtHigh;
    /** "L" or "H" just outside its end of the bar (further out where a winner marker sits on that end). */
    const end = (letter: string, marked: boolean, leftEnd: boolean) => {
      const gap = marked ? 7 : 3;
      return (
        <text x={leftEnd ? left - gap : left + width + gap} y={barY + 10} fontSize={10} textAnchor={leftEnd ? "end" : "start"} fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase}>
          {letter}
        </text>
      );
    };
    const marker = (at: "low" | "high", cx: number) => (
      <path key={at} d={`M${cx} ${barY - 2} l5 ${BAR / 2 + 2} l-5 ${BAR / 2 + 2} l-5 ${-(BAR / 2 + 2)} z`} fill={tokens.colorPaletteDarkOrangeBorderActive} stroke={tokens.colorNeutralBackground1} data-role="winner-marker" />
    );
    return (
      <g key={`${bar.option}\u0000${bar.criterion}\u0000${i}`} data-role="tornado-row">
        <Label x={0} y={top + 11} text={`${bar.option} · ${bar.criterion}`} maxWidth={CHART_WIDTH - valuesWidth - 10} />
        <Label x={CHART_WIDTH} y={top + 11} text={values} maxWidth={CHART_WIDTH / 2} fontSize={11} anchor="end" fill={tokens.colorNeutralForeground3} />
        <rect data-role="bar" x={left} y={barY} width={Math.max(width, 1.5)} height={BAR} rx={2} fill={tokens.colorBrandBackground}>
          <title>{`${bar.option} · ${bar.criterion}: ${formatScore(bar.scoreAtLow)} at low, ${formatScore(bar.scoreAtHigh)} at high`}</title>
        </rect>
        {end("L", bar.winnerAtLow !== option, lowFirst)}
        {end("H", bar.winnerAtHigh !== option, !lowFirst)}
        <line x1={baseX} x2={baseX} y1={barY - 3} y2={barY + BAR + 3} stroke={tokens.colorNeutralForeground1} strokeWidth={1.5} data-role="base" />
        {bar.winnerAtLow !== option ? marker("low", lowX) : null}
        {bar.winnerAtHigh !== option ? marker("high", highX) : null}
        {change ? <Label x={0} y={barY + BAR + 12} text={`◆ Top choice changes: ${change}`} maxWidth={CHART_WIDTH} fontSize={11} fill={tokens.colorPaletteDarkOrangeForeground1} /> : null}
      </g>
    );
  });
  const bottom = y - GAP + 4;
  const height = bottom + 16;
  const baseLabel = `now ${formatScore(tornado.score)}`;
  const half = textWidth(baseLabel, 11) / 2;

  const notes: string[] = [];
  if (more > 0) notes.push(`${more} more input${more === 1 ? "" : "s"} with smaller swings not drawn (all are in the data).`);
  if (tornado.limitedToBest !== undefined) notes.push(`Only the inputs of the ${tornado.limitedToBest} best options were swung: the problem has too many uncertain inputs to swing them all.`);
  const largest = shown
    .slice(0, 3)
    .map((b) => `${b.option} · ${b.criterion} from ${formatScore(b.scoreAtLow)} to ${formatScore(b.scoreAtHigh)}`)
    .join("; ");
  const summary =
    `Tornado chart of ${option}'s score, now ${formatScore(tornado.score)}, as each of ${tornado.bars.length} uncertain input${tornado.bars.length === 1 ? "" : "s"} goes from its low to its high value, largest swing first: ${largest}. ` +
    (changes.length === 0 ? `No single input changes the top choice.` : `${changes.length} of them change the top choice: ${changes.map((b) => `${b.option} · ${b.criterion} (${winnerChange(b, option)})`).join("; ")}.`);

  return (
    <ChartFrame
      name="Tornado"
      summary={summary}
      height={height}
      heading={`${option}'s score as each input goes from its low (L) to its high (H) value, the others at their most likely values.`}
      notes={notes}
      table={{
        caption: `${option}'s score (now ${formatScore(tornado.score)}) with each input at its low and high value`,
        columns: ["Input", "Low", "High", "Score at low", "Score at high", "Swing", "Top choice at low", "Top choice at high"],
        rows: tornado.bars.map((b, i) => ({
          key: `${b.option}\u0000${b.criterion}\u0000${i}`,
          head: `${b.option} · ${b.criterion}`,
          cells: [formatInput(b.low, b), formatInput(b.high, b), formatScore(b.scoreAtLow), formatScore(b.scoreAtHigh), formatScore(b.swing), b.winnerAtLow, b.winnerAtHigh],
        })),
      }}
    >
      <line x1={baseX} x2={baseX} y1={TOP - 6} y2={TOP - 1} stroke={tokens.colorNeutralForeground1} strokeWidth={1.5} />
      <text x={Math.min(CHART_WIDTH - half, Math.max(half, baseX))} y={11} fontSize={11} textAnchor="middle" fill={tokens.colorNeutralForeground1} fontFamily={tokens.fontFamilyBase}>
        {baseLabel}
      </text>
      {rows}
      <text x={PAD} y={height - 3} fontSize={10} textAnchor="middle" fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase}>
        {formatScore(Math.min(...ends))}
      </text>
      <text x={CHART_WIDTH - PAD} y={height - 3} fontSize={10} textAnchor="middle" fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase}>
        {formatScore(Math.max(...ends))}
      </text>
    </ChartFrame>
  );
}
