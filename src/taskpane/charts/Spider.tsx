/**
 * The spider (weight sensitivity) plot of one criterion: each option's score as that criterion's weight
 * goes from 0 to 1 (the others rescaled in proportion), with a line at today's weight. Lines differ in
 * colour and dash pattern, so they read without colour too. The parent chooses the criterion;
 * defaultSpiderSeries suggests the one whose weight reorders the options most.
 */
import { Body1, tokens } from "@fluentui/react-components";
import type { SpiderSeries } from "../../core/index";
import { CHART_WIDTH, ChartFrame, Label, Legend, finite, formatPercent, formatScore, linear } from "./common";

export interface SpiderChartProps {
  readonly series: SpiderSeries | null | undefined;
  /** Lines drawn at most: the options ranked best at today's weight. Default 8 (the palette's size). */
  readonly maxLines?: number;
  /** False for methods whose best score is the lowest (VIKOR): the axis says so. Default true. */
  readonly higherIsBetter?: boolean;
}

/** Colour-blind safe pairs: each line has its own colour and its own dash pattern. */
export const SPIDER_STYLES: readonly { readonly colour: string; readonly dash: string }[] = [
  { colour: tokens.colorPaletteBlueBorderActive, dash: "" },
  { colour: tokens.colorPaletteDarkOrangeBorderActive, dash: "6 3" },
  { colour: tokens.colorPaletteTealBorderActive, dash: "2 2" },
  { colour: tokens.colorPaletteBerryBorderActive, dash: "8 3 2 3" },
  { colour: tokens.colorPalettePurpleBorderActive, dash: "1 4" },
  { colour: tokens.colorPaletteMarigoldBorderActive, dash: "10 4" },
  { colour: tokens.colorPaletteGreenBorderActive, dash: "4 2 1 2 1 2" },
  { colour: tokens.colorNeutralForeground2, dash: "3 5" },
];

/** Where two options' ranks change order along the series: the weight, the one moving ahead and the one falling behind. */
export interface Crossing {
  readonly weight: number;
  readonly ahead: string;
  readonly behind: string;
}

/**
 * Each change of order of a pair along the series (ranks lower is better). A pair tied at a point is
 * waiting to be ordered: the crossing is placed where the tie began, else at the first point after it.
 */
export function spiderCrossings(series: SpiderSeries): Crossing[] {
  const out: Crossing[] = [];
  const m = series.options.length;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      let sign = 0;
      let tieAt: number | undefined;
      for (const p of series.points) {
        const d = Math.sign((p.ranks[a] ?? NaN) - (p.ranks[b] ?? NaN));
        if (d === 0) {
          tieAt ??= p.weight;
          continue;
        }
        if (!Number.isNaN(d) && sign !== 0 && d !== sign) {
          const [ahead, behind] = d < 0 ? [a, b] : [b, a];
          out.push({ weight: tieAt ?? p.weight, ahead: series.options[ahead] ?? "", behind: series.options[behind] ?? "" });
        }
        if (!Number.isNaN(d)) sign = d;
        tieAt = undefined;
      }
    }
  }
  return out.sort((p, q) => p.weight - q.weight);
}

/** The series to show first: most changes of order, then the heaviest criterion, then the first. */
export function defaultSpiderSeries(spider: readonly SpiderSeries[]): SpiderSeries | undefined {
  let best: { series: SpiderSeries; crossings: number } | undefined;
  for (const series of spider) {
    const crossings = spiderCrossings(series).length;
    if (!best || crossings > best.crossings || (crossings === best.crossings && series.weight > best.series.weight)) best = { series, crossings };
  }
  return best?.series;
}

const LEFT = 40;
const RIGHT = 10;
const TOP = 16;
const PLOT = 150;
const HEIGHT = TOP + PLOT + 34;

/** The point at (or else nearest to) the current weight. */
function pointNow(series: SpiderSeries) {
  let best = series.points[0];
  for (const p of series.points) if (best === undefined || Math.abs(p.weight - series.weight) < Math.abs(best.weight - series.weight)) best = p;
  return best;
}

export function SpiderChart({ series, maxLines = 8, higherIsBetter = true }: SpiderChartProps) {
  if (!series || series.points.length === 0 || series.options.length === 0) {
    return <Body1 as="p">No weight to vary: the problem needs at least two criteria and two options for a spider plot.</Body1>;
  }
  const now = pointNow(series);
  const limit = Math.min(SPIDER_STYLES.length, Math.max(1, Math.floor(finite(maxLines, 8))));
  const order = series.options.map((_, i) => i).sort((a, b) => finite(now?.ranks[a] ?? Infinity, Infinity) - finite(now?.ranks[b] ?? Infinity, Infinity) || a - b);
  const drawn = order.slice(0, limit);
  const more = series.options.length - drawn.length;
  const scores = series.points.flatMap((p) => drawn.map((i) => p.scores[i] ?? NaN)).filter(Number.isFinite);
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const x = linear(0, 1, LEFT, CHART_WIDTH - RIGHT);
  const y = linear(lo, hi, TOP + PLOT, TOP);
  const nowX = x(series.weight);

  /** An option's line as runs of finite points (a score the method cannot give breaks the line). */
  const path = (i: number): string => {
    let d = "";
    let pen = "M";
    for (const p of series.points) {
      const s = p.scores[i];
      if (s === undefined || !Number.isFinite(s) || !Number.isFinite(p.weight)) {
        pen = "M";
        continue;
      }
      d += `${pen}${x(p.weight).toFixed(2)} ${y(s).toFixed(2)} `;
      pen = "L";
    }
    return d.trim();
  };

  const crossings = spiderCrossings(series);
  const name = (i: number) => series.options[i] ?? "";
  const summary =
    `Spider plot: the score of ${drawn.length === series.options.length ? `each of ${series.options.length} options` : `the ${drawn.length} best of ${series.options.length} options`} as the weight of ${series.criterion} goes from 0% to 100% (now ${formatPercent(series.weight)}; ` +
    `${higherIsBetter ? "higher" : "lower"} scores are better). Ranking now: ${order.map(name).slice(0, 5).join(", ")}${order.length > 5 ? ", ..." : ""}. ` +
    (crossings.length === 0 ? "No weight changes the order." : `The order changes ${crossings.length} time${crossings.length === 1 ? "" : "s"}: ${crossings.slice(0, 4).map((c) => `at ${formatPercent(c.weight)} ${c.ahead} passes ${c.behind}`).join("; ")}${crossings.length > 4 ? "; ..." : ""}.`);
  const notes = more > 0 ? [`${more} more option${more === 1 ? "" : "s"} ranked lower today not drawn (all are in the data).`] : [];

  return (
    <ChartFrame
      name={`Spider plot for ${series.criterion}`}
      summary={summary}
      height={HEIGHT}
      legend={
        <Legend
          label="Options"
          entries={drawn.map((i, k) => {
            const style = SPIDER_STYLES[k] as (typeof SPIDER_STYLES)[number];
            return { key: `${i}`, name: name(i), swatch: <line x1={0} x2={24} y1={6} y2={6} stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash || undefined} /> };
          })}
        />
      }
      notes={notes}
      table={{
        caption: `Score (rank) of each option as the weight of ${series.criterion} varies; now ${formatPercent(series.weight)}`,
        columns: [`Weight of ${series.criterion}`, ...series.options],
        rows: series.points.map((p, k) => ({
          key: `${k}`,
          head: `${formatPercent(p.weight)}${p === now ? " (now)" : ""}`,
          cells: series.options.map((_, i) => `${formatScore(p.scores[i] ?? NaN)} (${Number.isFinite(p.ranks[i]) ? p.ranks[i] : "–"})`),
        })),
      }}
    >
      <rect x={LEFT} y={TOP} width={CHART_WIDTH - RIGHT - LEFT} height={PLOT} fill="none" stroke={tokens.colorNeutralStroke2} />
      {[0, 0.25, 0.5, 0.75, 1].map((w) => (
        <g key={w}>
          <line x1={x(w)} x2={x(w)} y1={TOP + PLOT} y2={TOP + PLOT + 4} stroke={tokens.colorNeutralStroke1} />
          <text x={x(w)} y={TOP + PLOT + 15} fontSize={10} textAnchor={w === 0 ? "start" : w === 1 ? "end" : "middle"} fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase}>
            {formatPercent(w, 0)}
          </text>
        </g>
      ))}
      <Label x={(LEFT + CHART_WIDTH - RIGHT) / 2} y={HEIGHT - 3} anchor="middle" text={`Weight of ${series.criterion}`} maxWidth={CHART_WIDTH - LEFT} fontSize={11} fill={tokens.colorNeutralForeground2} />
      <Label x={LEFT - 4} y={TOP + 4} anchor="end" text={formatScore(hi)} maxWidth={LEFT - 4} fontSize={10} fill={tokens.colorNeutralForeground3} />
      <Label x={LEFT - 4} y={TOP + PLOT} anchor="end" text={formatScore(lo)} maxWidth={LEFT - 4} fontSize={10} fill={tokens.colorNeutralForeground3} />
      <text x={8} y={TOP + PLOT / 2} fontSize={10} textAnchor="middle" fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase} transform={`rotate(-90 8 ${TOP + PLOT / 2})`}>
        {higherIsBetter ? "score (higher is better)" : "score (lower is better)"}
      </text>
      {drawn.map((i, k) => {
        const style = SPIDER_STYLES[k] as (typeof SPIDER_STYLES)[number];
        return (
          <path key={i} data-role="line" data-option={name(i)} d={path(i)} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash || undefined} strokeLinejoin="round">
            <title>{name(i)}</title>
          </path>
        );
      })}
      <line data-role="now" x1={nowX} x2={nowX} y1={TOP - 4} y2={TOP + PLOT} stroke={tokens.colorNeutralForeground1} strokeWidth={1.5} strokeDasharray="4 2" />
      <text x={Math.min(CHART_WIDTH - 40, Math.max(LEFT + 20, nowX))} y={TOP - 6} fontSize={10} textAnchor="middle" fill={tokens.colorNeutralForeground1} fontFamily={tokens.fontFamilyBase}>
        {`now ${formatPercent(series.weight)}`}
      </text>
    </ChartFrame>
  );
}
