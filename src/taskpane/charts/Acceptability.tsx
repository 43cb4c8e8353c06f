/**
 * SMAA rank acceptability as 100% stacked bars: one bar per option, sorted by how often it ranks first,
 * its segments the shares of draws in which it took rank 1, 2, ... (ranks beyond the fifth grouped), and
 * its first-rank percentage written at the end. Segments carry their rank as text where they are wide
 * enough, and a legend, so the chart reads without colour. Presentational: it draws the SmaaResult given.
 */
import { Body1, tokens } from "@fluentui/react-components";
import type { SmaaResult } from "../../core/index";
import { CHART_WIDTH, ChartFrame, Label, Legend, finite, formatPercent, linear, ordinal } from "./common";

export interface AcceptabilityChartProps {
  readonly result: SmaaResult | null | undefined;
  /** Bars drawn at most (the options most often first); the rest are counted and listed in the data. Default 12. */
  readonly maxOptions?: number;
}

/** Ranks shown one by one; later ranks share one segment. */
export const SEPARATE_RANKS = 5;

/** Segment fills, rank 1 first: text on each stays readable in light and dark themes. */
const FILLS: readonly { readonly fill: string; readonly text: string }[] = [
  { fill: tokens.colorBrandBackground, text: tokens.colorNeutralForegroundOnBrand },
  { fill: tokens.colorPaletteTealBackground2, text: tokens.colorNeutralForeground1 },
  { fill: tokens.colorPaletteMarigoldBackground2, text: tokens.colorNeutralForeground1 },
  { fill: tokens.colorPaletteBerryBackground2, text: tokens.colorNeutralForeground1 },
  { fill: tokens.colorPaletteLavenderBackground2, text: tokens.colorNeutralForeground1 },
  { fill: tokens.colorNeutralStroke1, text: tokens.colorNeutralForeground1 },
];

/**
 * An option's shares of draws by rank group: ranks 1..5 one by one, then "6th or lower" (with, beyond
 * the ranks the engine tracks, what the tracked ranks leave). Never negative, never NaN.
 */
export function rankGroups(result: SmaaResult, option: number): number[] {
  const m = result.options.length;
  const row = result.acceptability[option] ?? [];
  const share = (r: number): number => Math.max(0, finite(row[r]?.value ?? 0));
  const groups = Array.from({ length: Math.min(m, SEPARATE_RANKS) }, (_, r) => share(r));
  if (m > SEPARATE_RANKS) {
    let rest = 0;
    for (let r = SEPARATE_RANKS; r < row.length; r++) rest += share(r);
    // Ranks past the engine's MAX_TRACKED_RANKS: what the tracked ones leave of the draws.
    if (row.length < m) rest += Math.max(0, 1 - row.reduce((t, _e, r) => t + share(r), 0));
    groups.push(rest);
  }
  return groups;
}

export const groupName = (g: number): string => (g < SEPARATE_RANKS ? ordinal(g + 1) : `${ordinal(SEPARATE_RANKS + 1)} or lower`);

/** Options by first-rank acceptability, then holistic acceptability, then table order. */
export function byFirstRank(result: SmaaResult): number[] {
  const first = (i: number) => finite(result.acceptability[i]?.[0]?.value ?? 0);
  const holistic = (i: number) => finite(result.holistic[i]?.value ?? 0);
  return result.options.map((_, i) => i).sort((a, b) => first(b) - first(a) || holistic(b) - holistic(a) || a - b);
}

const NAME = 92;
const BAR_X = 100;
const PERCENT = 46;
const BAR_W = CHART_WIDTH - BAR_X - PERCENT;
const ROW = 22;
const BAR = 14;

export function AcceptabilityChart({ result, maxOptions = 12 }: AcceptabilityChartProps) {
  if (!result || result.options.length === 0 || !(result.draws > 0)) {
    return <Body1 as="p">No simulation draws to show yet.</Body1>;
  }
  const order = byFirstRank(result);
  const shown = order.slice(0, Math.max(1, Math.floor(finite(maxOptions, 12))));
  const more = order.length - shown.length;
  const groups = Math.min(result.options.length, SEPARATE_RANKS + 1);
  const x = linear(0, 1, BAR_X, BAR_X + BAR_W);
  const height = shown.length * ROW + 18;
  const draws = result.draws.toLocaleString("en");
  const first = (i: number) => finite(result.acceptability[i]?.[0]?.value ?? 0);

  const notes = [`${draws} draws${result.draws < result.requested ? ` of ${result.requested.toLocaleString("en")} asked for (the run stopped early)` : ""}.`];
  if (more > 0) notes.push(`${more} more option${more === 1 ? "" : "s"}, less often first, not drawn (all are in the data).`);
  const summary =
    `Rank acceptability over ${draws} draws: the share of draws in which each option takes each rank. ` +
    shown
      .slice(0, 5)
      .map((i) => `${result.options[i]} ranks first in ${formatPercent(first(i))}`)
      .join("; ") +
    (shown.length > 5 ? "; ..." : ".");

  return (
    <ChartFrame
      name="Rank acceptability"
      summary={summary}
      height={height}
      heading={`How often each option takes each rank over ${draws} draws of the weights and uncertain inputs; the percentage is first place.`}
      legend={
        <Legend
          label="Ranks"
          entries={Array.from({ length: groups }, (_, g) => ({
            key: `${g}`,
            name: groupName(g),
            swatch: <rect x={1} y={1} width={22} height={10} fill={(FILLS[g] ?? FILLS[FILLS.length - 1])?.fill} stroke={tokens.colorNeutralStroke1} strokeWidth={0.5} />,
          }))}
        />
      }
      notes={notes}
      table={{
        caption: `Share of ${draws} draws in which each option takes each rank`,
        columns: ["Option", ...Array.from({ length: groups }, (_, g) => groupName(g)), "Holistic"],
        rows: order.map((i) => ({ key: `${i}`, head: result.options[i] ?? "", cells: [...rankGroups(result, i).map((v) => formatPercent(v)), formatPercent(result.holistic[i]?.value ?? NaN)] })),
      }}
    >
      {shown.map((i, k) => {
        const shares = rankGroups(result, i);
        const total = shares.reduce((t, v) => t + v, 0);
        const top = k * ROW + 4;
        let at = 0;
        return (
          <g key={i} data-role="acceptability-row" data-option={result.options[i]}>
            <Label x={0} y={top + 11} text={result.options[i] ?? ""} maxWidth={NAME} />
            <rect x={BAR_X} y={top} width={BAR_W} height={BAR} fill="none" stroke={tokens.colorNeutralStroke2} />
            {total > 0
              ? shares.map((v, g) => {
                  const x0 = x(at / total);
                  at += v;
                  const width = x(at / total) - x0;
                  const style = FILLS[g] ?? (FILLS[FILLS.length - 1] as (typeof FILLS)[number]);
                  return (
                    <g key={g}>
                      <rect data-role="segment" data-rank={groupName(g)} x={x0} y={top} width={width} height={BAR} fill={style.fill} stroke={tokens.colorNeutralBackground1} strokeWidth={0.75}>
                        <title>{`${result.options[i]}: ${groupName(g)} in ${formatPercent(v)} of draws`}</title>
                      </rect>
                      {width >= 16 ? (
                        <text x={x0 + width / 2} y={top + 11} fontSize={10} textAnchor="middle" fill={style.text} fontFamily={tokens.fontFamilyBase} aria-hidden="true">
                          {g < SEPARATE_RANKS ? g + 1 : `${SEPARATE_RANKS + 1}+`}
                        </text>
                      ) : null}
                    </g>
                  );
                })
              : null}
            <text data-role="first-rank" x={BAR_X + BAR_W + 4} y={top + 11} fontSize={11} fill={tokens.colorNeutralForeground1} fontFamily={tokens.fontFamilyBase}>
              {formatPercent(first(i))}
            </text>
          </g>
        );
      })}
      {[0, 0.5, 1].map((p) => (
        <text key={p} x={x(p)} y={height - 3} fontSize={10} textAnchor={p === 0 ? "start" : p === 1 ? "end" : "middle"} fill={tokens.colorNeutralForeground3} fontFamily={tokens.fontFamilyBase}>
          {formatPercent(p, 0)}
        </text>
      ))}
    </ChartFrame>
  );
}
