/**
 * The report sheet as data: every value, format, link, data bar and chart, computed before anything is
 * written, so an implementation writes it in one batch. English wording (this is an edge).
 */
import { contributions, scoringModel, type Analysis } from "../core/index";
import { describeRecommendation, naturalValues } from "../locales/en";
import { address, rangeAddress } from "./a1";
import { REPORT_MARK, type ChartSpec, type RefreshNote, type ReportCell, type ReportPlan, type TableSnapshot } from "./port";
import type { RefreshSettings } from "./settings";

export interface ReportInput {
  readonly sheet: string;
  readonly replaces: boolean;
  readonly token: string;
  readonly now: Date;
  readonly settings: RefreshSettings;
  readonly analysis: Analysis | undefined;
  readonly notes: readonly RefreshNote[];
  /** The tables the problem came from (refresh's AssembledProblem). */
  readonly tables: { readonly options?: TableSnapshot; readonly criteria?: TableSnapshot; readonly scenarios?: TableSnapshot };
}

const text = (value: string, style?: ReportCell["style"]): ReportCell => (style ? { value, style } : { value });
const number = (value: number, format: string): ReportCell => ({ value: Number.isFinite(value) ? value : null, format });
const blank: ReportCell = { value: null };

export function buildReport(input: ReportInput): ReportPlan {
  const rows: ReportCell[][] = [];
  const dataBars: string[] = [];
  const charts: ChartSpec[] = [];
  const push = (...cells: ReportCell[]): number => rows.push(cells) - 1;
  const gap = (): void => void rows.push([]);

  push(text("PivotScore report", "title"));
  push(text(`${REPORT_MARK}${input.token}`, "note"), text("PivotScore rewrites this sheet on every refresh: keep your own notes on another sheet.", "note"));
  push(text("Refreshed"), text(input.now.toISOString().replace("T", " ").slice(0, 19) + " UTC"));
  const a = input.analysis;
  const method = a?.solution.method;
  push(text("Method"), text(method ? `${method.name}${"normalization" in method ? ` (${method.normalization} normalisation)` : ""}` : input.settings.method));
  push(text("Scenario"), text(input.settings.scenario === "" ? "the criteria's own weights" : input.settings.scenario));
  push(text("Tables"), text(`options "${input.tables.options?.name ?? "(none)"}", criteria "${input.tables.criteria?.name ?? "(inferred)"}", scenarios "${input.tables.scenarios?.name ?? "(none)"}"`));
  push(text("Simulation"), text(`${input.settings.draws.toLocaleString("en-US")} draws, seed ${String(input.settings.seed)}, weights ${input.settings.weights}`));

  if (a) {
    const s = a.solution;
    const ranked = s.options.map((o, i) => ({ o, i })).sort((p, q) => p.o.rank - q.o.rank || p.o.row - q.o.row);
    const natural = naturalValues(s.criteria);

    gap();
    push(text("Recommendation", "heading"));
    for (const line of describeRecommendation(a.recommendation, natural)) push(text(line));

    gap();
    push(text("Ranking", "heading"));
    // Each criterion's contribution per option, unless that table would be huge (then scores only).
    const withParts = s.options.length * s.criteria.length <= 50_000;
    const header = push(text("Rank", "header"), text("Option", "header"), text("Score", "header"), ...(withParts ? s.criteria.map((c) => text(c.name, "header")) : []), ...(a.simulation ? [text("Ranks first", "header")] : []));
    const { basis, matrix } = withParts ? contributions(scoringModel(s)) : { basis: "score" as const, matrix: [] as number[][] };
    for (const { o, i } of ranked) {
      const parts = withParts ? (matrix[i] ?? []) : [];
      push(number(o.rank, "0"), text(o.name), number(o.score, "0.0000"), ...parts.map((x) => number(x, "0.0000")), ...(a.simulation ? [number(a.simulation.acceptability[i]?.[0]?.value ?? 0, "0.0%")] : []));
    }
    const last = header + ranked.length;
    dataBars.push(rangeAddress({ row: header + 1, column: 2 }, { row: last, column: 2 }));
    if (!withParts) push(text("Contributions per criterion are left out on a table this large (over 50,000 values); PIVOT.CONTRIB gives them for any table.", "note"));
    else push(text(basis === "score" ? "Criterion columns: each criterion's part of the score (they add up to it)." : "Criterion columns: weight x min-max normalised value, an explanation; this method's score is not their sum.", "note"));
    charts.push({ kind: "bar", title: "Scores", data: rangeAddress({ row: header, column: 1 }, { row: header + Math.min(ranked.length, 30), column: 2 }), anchor: address({ row: 0, column: s.criteria.length + 6 }) });

    if (!input.tables.criteria) {
      // No Criteria table: what was inferred, in the Criteria table's own format, ready to copy into one.
      gap();
      push(text("Criteria as PivotScore inferred them: copy this block into a table named Criteria to change them", "heading"));
      push(...["Criterion", "Direction", "Scale", "Levels", "Weight", "Value function"].map((h) => text(h, "header")));
      for (const c of s.criteria) {
        const levels = c.scale.kind === "ordinal" ? (c.scale.levels ?? ["Low", "Medium", "High"]).map((l) => (typeof l === "string" ? l : l.label)).join(", ") : "";
        push(text(c.name), text(c.direction), text(c.scale.kind), text(levels), number(c.weight, "0.0%"), text(c.valueFunction.kind));
      }
    }

    gap();
    push(text("Weight stability (one weight moved, the others rescaled in proportion)", "heading"));
    push(...["Criterion", "Weight", "Top choice holds from", "to", "Ranking holds from", "to", "Overtaken below by", "Overtaken above by"].map((h) => text(h, "header")));
    for (const interval of a.sensitivity.intervals) {
      push(
        text(interval.criterion),
        number(interval.weight, "0.0%"),
        number(interval.top.low, "0.0%"),
        number(interval.top.high, "0.0%"),
        number(interval.ranking.low, "0.0%"),
        number(interval.ranking.high, "0.0%"),
        text(interval.top.lowBound?.challenger ?? ""),
        text(interval.top.highBound?.challenger ?? ""),
      );
    }

    const bars = a.uncertainty.tornado?.bars.slice(0, 15) ?? [];
    if (bars.length > 0) {
      gap();
      push(text(`Tornado: ${a.uncertainty.tornado?.option}'s score as each uncertain input goes from low to high`, "heading"));
      const top = push(...["Input", "Score at low", "Score at high", "Swing", "Low", "High", "Top choice at low", "Top choice at high"].map((h) => text(h, "header")));
      for (const b of bars) push(text(`${b.option}: ${b.criterion}`), number(b.scoreAtLow, "0.0000"), number(b.scoreAtHigh, "0.0000"), number(b.swing, "0.0000"), text(natural(b.criterion, b.low)), text(natural(b.criterion, b.high)), text(b.winnerAtLow), text(b.winnerAtHigh));
      dataBars.push(rangeAddress({ row: top + 1, column: 3 }, { row: top + bars.length, column: 3 }));
      // The tornado chart: the score at each end, per input, largest swing on top.
      charts.push({ kind: "bar", title: `Tornado: ${a.uncertainty.tornado?.option ?? ""}'s score`, data: rangeAddress({ row: top, column: 0 }, { row: top + bars.length, column: 2 }), anchor: address({ row: 36, column: s.criteria.length + 6 }) });
    }

    if (a.simulation) {
      const sim = a.simulation;
      gap();
      // A readable table: the 30 best options and the first 30 ranks (all of them on smaller problems).
      const shownOptions = ranked.slice(0, 30);
      const shownRanks = Math.min(30, sim.acceptability[0]?.length ?? 0);
      push(text(`Rank acceptability: how often each option takes each rank (SMAA-2, ${sim.draws.toLocaleString("en-US")} draws${ranked.length > 30 ? "; the 30 best options and first 30 ranks" : ""})`, "heading"));
      const top = push(text("Option", "header"), ...Array.from({ length: shownRanks }, (_, r) => text(`Rank ${r + 1}`, "header")));
      for (const { o, i } of shownOptions) push(text(o.name), ...(sim.acceptability[i] ?? []).slice(0, shownRanks).map((e) => number(e.value, "0.0%")));
      charts.push({ kind: "stackedBar100", title: "Rank acceptability", data: rangeAddress({ row: top, column: 0 }, { row: top + shownOptions.length, column: shownRanks }), anchor: address({ row: 18, column: s.criteria.length + 6 }) });
    }

    if (a.scenarios && a.scenarios.scenarios.length > 0) {
      const sc = a.scenarios;
      gap();
      push(text("Scenarios: rank in each (blank: left out by a constraint)", "heading"));
      push(text("Option", "header"), ...sc.scenarios.map((x) => text(x.name, "header")), text("Largest regret", "header"));
      for (const o of sc.options) push(text(o.name), ...o.standings.map((st) => (st.rank === null ? blank : number(st.rank, "0"))), o.maxRegret === null ? blank : number(o.maxRegret, "0.00"));
      push(text("Winner", "header"), ...sc.scenarios.map((x) => text(x.winners.join(", ") || "not ranked")));
      if (sc.minimaxRegret.length > 0) push(text(`Least regret across the scenarios: ${sc.minimaxRegret.join(", ")}`));
    }
  }

  gap();
  push(text(input.notes.length > 0 ? "Notes on the inputs (click the cell beside a note to go to it)" : "Notes on the inputs: none", "heading"));
  // The link sits in its own short cell (a HYPERLINK's text is limited to 255 characters).
  for (const note of input.notes) rows.push(note.link ? [text(note.message), { value: `${note.link.sheet}!${note.link.cell}`, link: note.link }] : [text(note.message)]);

  const widest = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    sheet: input.sheet,
    rows,
    columnWidths: Array.from({ length: widest }, (_, j) => (j === 0 ? 28 : j === 1 ? 22 : 14)),
    dataBars,
    charts,
    replaces: input.replaces,
  };
}
