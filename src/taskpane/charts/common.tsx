/**
 * What the task pane's charts share: number formats that never print NaN, a linear scale that survives an
 * empty domain, SVG labels cut to a width with the full text in a <title>, a legend and the collapsed data
 * table that gives screen-reader and keyboard users the numbers. Light SVG, no chart library.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** The drawing width in SVG units: the charts scale to the pane (width 100%), sized for a 320-360 px one. */
export const CHART_WIDTH = 340;
/** Shown for a number that is not finite, so no chart ever prints NaN or Infinity. */
export const MISSING = "–";

export const finite = (x: number, fallback = 0): number => (Number.isFinite(x) ? x : fallback);

export function formatPercent(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(100 * x + 0).toFixed(digits)}%` : MISSING;
}

/** A score as the ranking shows it (three decimals), large magnitudes compact (3.2B). */
export function formatScore(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  if (Math.abs(x) >= 1e4) return new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 }).format(x);
  return (x + 0).toFixed(3);
}

/** An input value in its natural unit: three significant digits, large magnitudes compact (50B). */
export function formatValue(x: number): string {
  if (!Number.isFinite(x)) return MISSING;
  return new Intl.NumberFormat("en", { notation: Math.abs(x) >= 1e4 ? "compact" : "standard", maximumSignificantDigits: 3 }).format(x + 0);
}

export const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
};

/** Maps [d0, d1] onto [r0, r1]; an empty or non-finite domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const span = d1 - d0;
  if (!Number.isFinite(span) || span === 0) return () => (r0 + r1) / 2;
  return (x) => r0 + ((finite(x, d0) - d0) / span) * (r1 - r0);
}

/**
 * The width of a text in SVG units, estimated per character on the wide side of Segoe UI and of the
 * wider fallbacks (DejaVu Sans), so a label cut to fit stays inside its box whichever font draws it.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfI.,:;'|!() ]/.test(ch)) em += 0.32;
    else if (/[mwMW@%]/.test(ch)) em += 0.92;
    else if (/[A-Z0-9#$&?]/.test(ch) || ch.charCodeAt(0) > 0x2000) em += 0.68;
    else em += 0.6;
  }
  return em * fontSize;
}

/** The text cut with an ellipsis to fit maxWidth; `cut` says whether anything was left out. */
export function fitText(text: string, maxWidth: number, fontSize: number): { text: string; cut: boolean } {
  if (textWidth(text, fontSize) <= maxWidth) return { text, cut: false };
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join("").trimEnd()}…`, fontSize) > maxWidth) n--;
  return { text: n > 0 ? `${chars.slice(0, n).join("").trimEnd()}…` : "…", cut: true };
}

export interface LabelProps {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly maxWidth: number;
  readonly fontSize?: number;
  readonly anchor?: "start" | "middle" | "end";
  readonly fill?: string;
  readonly weight?: "normal" | "bold";
}

/** An SVG text cut to maxWidth with an ellipsis; the full text in a <title> (a tooltip) when cut. */
export function Label({ x, y, text, maxWidth, fontSize = 12, anchor = "start", fill = tokens.colorNeutralForeground1, weight = "normal" }: LabelProps) {
  const fitted = fitText(text, maxWidth, fontSize);
  return (
    <text x={x} y={y} fontSize={fontSize} textAnchor={anchor} fill={fill} fontWeight={weight} fontFamily={tokens.fontFamilyBase}>
      {fitted.cut ? <title>{text}</title> : null}
      {fitted.text}
    </text>
  );
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  svg: { display: "block", overflow: "hidden" },
  legend: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  legendItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: 0, maxWidth: "100%" },
  legendName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  details: { color: tokens.colorNeutralForeground1 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, whiteSpace: "nowrap" },
    "& td": { textAlign: "right" },
    "& th[scope=row], & thead th": { textAlign: "left" },
  },
});

export interface ChartFrameProps {
  /** Accessible name of the whole figure (a region a screen reader can jump to). */
  readonly name: string;
  /** One-paragraph summary of what the chart shows: the svg's accessible name. */
  readonly summary: string;
  readonly height: number;
  readonly children: ReactNode;
  /** A sentence above the chart saying what it shows. */
  readonly heading?: string;
  readonly legend?: ReactNode;
  /** Short notes under the chart (more inputs than shown, draws, ...). */
  readonly notes?: readonly string[];
  readonly table: DataTableProps;
}

/** A chart: its svg (role img, named by its summary), legend, notes and the collapsed data table. */
export function ChartFrame({ name, summary, height, children, heading, legend, notes = [], table }: ChartFrameProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={name}>
      {heading ? (
        <Caption1 as="p" style={{ margin: 0 }}>
          {heading}
        </Caption1>
      ) : null}
      <svg className={styles.svg} role="img" aria-label={summary} viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {children}
      </svg>
      {legend}
      {notes.map((note) => (
        <Caption1 key={note} as="p" className={styles.note} style={{ margin: 0 }}>
          {note}
        </Caption1>
      ))}
      <DataTable {...table} />
    </figure>
  );
}

export interface LegendEntry {
  readonly key: string;
  readonly name: string;
  /** A 24 x 12 SVG swatch drawn like the mark it stands for. */
  readonly swatch: ReactNode;
}

export function Legend({ label, entries }: { label: string; entries: readonly LegendEntry[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend} aria-label={label}>
      {entries.map((e) => (
        <li key={e.key} className={styles.legendItem}>
          <svg width={24} height={12} viewBox="0 0 24 12" aria-hidden="true" style={{ flex: "none" }}>
            {e.swatch}
          </svg>
          <Caption1 className={styles.legendName} title={e.name}>
            {e.name}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

export interface DataTableProps {
  readonly caption: string;
  readonly columns: readonly string[];
  /** Each row: its header cell (an option, an input, a weight), then one text per remaining column. */
  readonly rows: readonly { readonly key: string; readonly head: string; readonly cells: readonly string[] }[];
}

/** The numbers behind a chart, collapsed under "Data" so it costs no room until asked for. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const styles = useStyles();
  return (
    <details className={styles.details}>
      <summary>
        <Caption1>Data</Caption1>
      </summary>
      <Caption1 as="p" style={{ margin: 0 }}>
        {caption}
      </Caption1>
      {/* Focusable, so a keyboard can scroll a table wider than the pane. */}
      <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table} aria-label={caption}>
          <thead>
            <tr>
              {columns.map((c, k) => (
                <th key={k} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.head}</th>
                {r.cells.map((c, k) => (
                  <td key={k}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
