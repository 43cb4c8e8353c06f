/**
 * English wording of the engine's issues. The engine reports codes and fields; front ends call
 * {@link formatIssue}, passing a way to name a cell (an A1 address in Excel, "row 3" in the CLI).
 */
import type { CellRef, Issue, MethodName, Recommendation, ScaleKind, ScaleSpec } from "../core/index";
// The one engine function the wording calls: an ordinal value's label (formatNatural). Issue 12 leaves it
// until the engine hands over resolved levels; no other value import from the core is allowed here.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { resolveLevels } from "../core/index";

export type CellNamer = (cell: CellRef) => string;

/** Names a cell by its 1-based data row and column when nothing better is known. */
export const defaultCellNamer: CellNamer = (cell) => `row ${cell.row + 1}, column ${cell.column + 1}`;

const SCALE_WORDS: Record<ScaleKind, string> = {
  number: "a number",
  currency: 'an amount such as "$50B", "€300M" or "750K"',
  percent: 'a percentage such as "85%" or 0.85',
  duration: 'a duration such as "12 months", "1.5 years" or "6 weeks"',
  ordinal: "one of the levels",
  yesno: "Yes, Maybe or No",
};

const quote = (text: string): string => `"${text}"`;
const fmt = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6))));

function where(issue: { cell?: CellRef; option?: string; criterion?: string }, name: CellNamer): string {
  const parts: string[] = [];
  if (issue.cell) parts.push(name(issue.cell));
  const about = [issue.option, issue.criterion].filter((p): p is string => Boolean(p)).join(", ");
  if (about) parts.push(`(${about})`);
  return parts.length > 0 ? `${parts.join(" ")}: ` : "";
}

export function formatIssue(issue: Issue | { code: "unknown-scale"; raw: string; scales: readonly string[] }, name: CellNamer = defaultCellNamer): string {
  switch (issue.code) {
    case "blank":
      return `${where(issue, name)}the cell is empty.`;
    case "excel-error":
      return `${where(issue, name)}the cell holds the error ${issue.raw}; fix the formula it comes from.`;
    case "placeholder":
      return `${where(issue, name)}${quote(issue.raw)} is a placeholder, not a value yet.`;
    case "unreadable":
      return `${where(issue, name)}cannot read ${quote(issue.raw)}: expected ${SCALE_WORDS[issue.expected]}.`;
    case "not-finite":
      return `${where(issue, name)}${quote(issue.raw)} is not a finite number.`;
    case "too-large":
      return `${where(issue, name)}${quote(issue.raw)} is beyond ${issue.limit}, too large to compute with; check the value or its formula.`;
    case "below-minimum":
      return `${where(issue, name)}${quote(issue.raw)} reads ${fmt(issue.value)}, below the smallest allowed value ${fmt(issue.minimum)}.`;
    case "above-maximum":
      return issue.maximum === 1 && issue.value > 1
        ? `${where(issue, name)}${quote(issue.raw)} reads ${fmt(issue.value * 100)}%, above 100%. Type it as ${fmt(issue.value)}% or ${fmt(issue.value / 100)} if that is what you mean.`
        : `${where(issue, name)}${quote(issue.raw)} reads ${fmt(issue.value)}, above the largest allowed value ${fmt(issue.maximum)}.`;
    case "unknown-level":
      return `${where(issue, name)}${quote(issue.raw)} is not one of the levels ${issue.levels.join(", ")}.`;
    case "range-text":
      return `${where(issue, name)}${quote(issue.raw)} is a range; give one value (ranges arrive with uncertainty analysis).`;
    case "not-positive-for-log":
      return `${where(issue, name)}${quote(issue.raw)} is ${fmt(issue.value)}: a logarithmic value function needs values above 0.`;
    case "missing-name":
      return `${issue.cell ? name(issue.cell) : `row ${issue.row + 1}`}: the row has values but no option name, so it was left out.`;
    case "duplicate-option":
      return `The option name ${quote(issue.option)} appears on ${issue.rows.length} rows (${issue.rows.map((r) => r + 1).join(", ")}).`;
    case "row-excluded":
      return `${quote(issue.option)} (row ${issue.row + 1}) was left out of the ranking: ${issue.reasons} of its values could not be read.`;
    case "value-replaced-by-worst":
      return `${quote(issue.option)}: the unreadable ${issue.criterion} value was replaced by the worst value of the others, ${fmt(issue.value)}.`;
    case "criterion-without-values":
      return `The criterion ${quote(issue.criterion)} has no readable value, so it was left out.`;
    case "criterion-not-found":
      return `No column is headed ${quote(issue.criterion)}.`;
    case "duplicate-criterion":
      return `The criterion ${quote(issue.criterion)} is defined twice.`;
    case "no-criteria":
      return "No criterion to score on: no column holds numbers, amounts, percentages, durations or levels.";
    case "no-options":
      return "No option to rank: the table has no row with a name and readable values.";
    case "weight-negative":
      return `The weight of ${quote(issue.criterion)} is ${fmt(issue.weight)}; weights cannot be negative.`;
    case "weight-not-finite":
      return `The weight of ${quote(issue.criterion)} is not a number.`;
    case "weight-missing":
      return `${quote(issue.criterion)} has no weight while other criteria do; give every criterion a weight, or none for equal weights.`;
    case "weights-all-zero":
      return "All weights are zero; at least one criterion must count.";
    case "weights-length-mismatch":
      return `Expected ${issue.expected} weights, one per criterion, but got ${issue.received}.`;
    case "pairwise-not-square":
      return `The pairwise comparison matrix must be square: it has ${issue.rows} rows and a row of ${issue.columns} values.`;
    case "pairwise-not-positive":
      return `Pairwise judgement at row ${issue.row + 1}, column ${issue.column + 1} is ${fmt(issue.value)}; judgements must be positive (1/9 .. 9).`;
    case "pairwise-not-reciprocal":
      return `Pairwise judgement at row ${issue.row + 1}, column ${issue.column + 1} is ${fmt(issue.value)}, but its mirror says it should be ${fmt(issue.expected)}.`;
    case "pairwise-unreadable":
      return issue.raw === ""
        ? `Pairwise judgement at row ${issue.row + 1}, column ${issue.column + 1} and its mirror are both empty.`
        : `Cannot read the pairwise judgement ${quote(issue.raw)} at row ${issue.row + 1}, column ${issue.column + 1}.`;
    case "pairwise-inconsistent":
      return `The pairwise judgements are inconsistent (consistency ratio ${fmt(issue.ratio)} > ${fmt(issue.threshold)}); consider revising them.`;
    case "random-index-unavailable":
      return `The ${issue.table} random index table has no value for ${issue.size} criteria, so the consistency ratio is not computed.`;
    case "ranking-incomplete":
      return `${quote(issue.criterion)} is missing from the importance order.`;
    case "weights-undetermined":
      return `The ${issue.method} method cannot derive weights here: the criteria do not vary across options.`;
    case "hierarchy-size-mismatch":
      return `The alternatives matrix for criterion ${issue.criterion + 1} has ${issue.received} alternatives, expected ${issue.expected}.`;
    case "entropy-negative":
      return `Entropy weights need non-negative values; ${quote(issue.option)} has ${fmt(issue.value)} on ${quote(issue.criterion)}.`;
    case "method-requires-positive":
      return `${issue.method.toUpperCase()} needs positive values; ${quote(issue.option)} has ${fmt(issue.value)} on ${quote(issue.criterion)}.`;
    case "normalization-fallback":
      return `${quote(issue.criterion)} has zero or negative values, so ${issue.to} normalisation was used instead of ${issue.from}.`;
    case "piecewise-direction":
      return `${quote(issue.criterion)} has a piecewise value function, which states preference itself; its direction "cost" is ignored.`;
    case "range-option-not-found":
      return `The uncertainty range names the option ${quote(issue.option)}, which is not in the table.`;
    case "range-criterion-not-found":
      return `The uncertainty range names the criterion ${quote(issue.criterion)}, which is not in the table.`;
    case "scenario-criterion-not-found":
      return `Scenario ${quote(issue.scenario)}: the weights name ${quote(issue.criterion)}, which is not a criterion of the table.`;
    case "range-unreadable":
      return `The ${issue.bound} value ${quote(issue.raw)} of the range for ${quote(issue.option)} on ${quote(issue.criterion)} cannot be read (${issue.cause}).`;
    case "range-order":
      return `The range for ${quote(issue.option)} on ${quote(issue.criterion)} must have low <= most likely <= high; it has ${fmt(issue.low)}, ${fmt(issue.mode)}, ${fmt(issue.high)}.`;
    case "range-not-positive-for-log":
      return `The range for ${quote(issue.option)} on ${quote(issue.criterion)} goes down to ${fmt(issue.low)}, but the criterion needs values above 0 (its log value function, or 1/x cost inversion).`;
    case "duplicate-scenario":
      return `Two scenarios are called ${quote(issue.scenario)}; give each a different name.`;
    case "scenario-not-found":
      return `There is no scenario called ${quote(issue.scenario)}.`;
    case "constraint-unreadable":
      return `Scenario ${quote(issue.scenario)}: the constraint ${quote(issue.raw)} is not of the form "Criterion <= value" (operators =, <>, <, <=, >, >=).`;
    case "constraint-criterion-not-found":
      return `Scenario ${quote(issue.scenario)}: the constraint names ${quote(issue.criterion)}, which is not a criterion of the table.`;
    case "constraint-value-unreadable":
      return `Scenario ${quote(issue.scenario)}: the value ${quote(issue.raw)} in the constraint on ${quote(issue.criterion)} cannot be read (${issue.cause}).`;
    case "option-excluded-by-constraint":
      return `Scenario ${quote(issue.scenario)}: ${quote(issue.option)} is left out because it fails ${quote(issue.constraint)}${issue.substituted ? " with the worst value standing in for its unreadable cell" : ""}.`;
    case "override-not-found":
      return `Scenario ${quote(issue.scenario)}: there is no value of ${quote(issue.option)} on ${quote(issue.criterion)} to override.`;
    case "override-unreadable":
      return `Scenario ${quote(issue.scenario)}: the override ${quote(issue.raw)} for ${quote(issue.option)} on ${quote(issue.criterion)} cannot be read (${issue.cause}).`;
    case "scenario-without-options":
      return `Scenario ${quote(issue.scenario)}: no option meets every constraint.`;
    case "scenario-unsolvable":
      return `Scenario ${quote(issue.scenario)} cannot be ranked; see the issues listed with it.`;
    case "simulation-cancelled":
      return `The simulation was cancelled after ${issue.completed} of ${issue.requested} draws; the results use the draws completed.`;
    case "definition-header-missing":
      return issue.tableName !== undefined ? `The table ${quote(issue.tableName)} needs a column headed ${quote(issue.header)}.` : `The ${issue.table} table needs a column headed ${quote(issue.header)}.`;
    case "definition-cell-invalid": {
      const what = `(${issue.field}): ${issue.raw === "" ? "the cell is empty" : `${quote(issue.raw)} is not usable`}; expected ${issue.expected}.`;
      return issue.tableName !== undefined ? `Table ${quote(issue.tableName)}, cell ${name(issue.cell)} ${what}` : `${name(issue.cell)} of the ${issue.table} table ${what}`;
    }
    case "definition-duplicate":
      return issue.tableName !== undefined ? `Table ${quote(issue.tableName)}: ${quote(issue.name)} is defined twice; keep one row.` : `${name(issue.cell)} of the ${issue.table} table: ${quote(issue.name)} is defined twice; keep one row.`;
    case "options-table-missing":
      return `No table of options was found: PivotScore looks for an Excel table named ${quote(issue.table)} (Insert > Table over your options, one row each, with a header row).`;
    case "options-table-guessed":
      return `No table named ${quote(issue.table)}; the table ${quote(issue.used)} on sheet ${quote(issue.sheet)} was used as the options.`;
    case "table-unusable":
      if (issue.tableName === undefined) return issue.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
      return `The ${issue.table} table ${quote(issue.tableName)} cannot be ${issue.table === "options" ? "read" : "used"}: ${issue.problems.map((p) => p.message).join("; ")}.`;
    case "problem-invalid":
      return `The workbook's tables do not make a decision problem: ${issue.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}.`;
    case "method-unknown":
      return `The method ${quote(issue.raw)} is not known; the weighted sum was used.`;
    case "simulation-weights-unreadable":
      return `How the weights vary in the simulation, ${quote(issue.raw)}, is not readable (use uniform, fixed or a band such as ±20%); they varied uniformly.`;
    case "scenario-setting-not-found":
      return `The scenario ${quote(issue.scenario)} chosen in the settings is not in the scenarios table; the analyst's weights were used.`;
    case "report-sheet-taken":
      return `A sheet called ${quote(issue.sheet)} already exists and is not a PivotScore report, so it was left alone and this report was written to ${quote(issue.used)}.`;
    case "pane-weights-used":
      return "The weights set in the task pane were used; the Criteria table still holds its own (Reset weights in the task pane to go back to them).";
    case "pane-weights-unreadable":
      return "The weights the task pane stored in the workbook could not be read; the Criteria table's weights are used.";
    case "pane-scenarios-unreadable":
      return "The scenarios the task pane stored in the workbook could not be read.";
    case "pane-scenario-unreadable":
      return `A scenario the task pane stored in the workbook could not be read and was left out${issue.scenario !== undefined ? ` (${quote(issue.scenario)})` : ""}.`;
    case "pane-scenario-shadowed":
      return `The task pane's scenario ${quote(issue.scenario)} has the name of a row of the Scenarios table; the table's row is used. Rename one of them.`;
    case "pane-scenario-repeated":
      return `The task pane keeps two scenarios called ${quote(issue.scenario)}; the first is used.`;
    case "pane-criteria-unknown":
      return `${issue.scenario !== undefined ? `The task pane's scenario ${quote(issue.scenario)} names` : "The weights kept by the task pane name"} criteria the table no longer has (${issue.criteria.join(", ")}); they are ignored, in the task pane and in the report.`;
    case "simulation-draws-failed":
      return `${issue.failed} of ${issue.attempted} simulated draws could not be scored (the method is undefined there, for instance a zero value given weight in WPM); the results use the others.`;
    case "range-option-excluded":
      return `The range for ${quote(issue.option)} on ${quote(issue.criterion)} is not used: the option is left out of the ranking (see its other notes).`;
    case "range-dropped":
      return `The automatic range of ${quote(issue.option)} on ${quote(issue.criterion)} would reach ${fmt(issue.low)}, where the criterion has no value (log or 1/x); that value is treated as certain.`;
    case "unknown-scale":
      return `Unknown scale ${quote(issue.raw)}; use one of ${issue.scales.join(", ")}.`;
  }
}

/** How a front end shows a criterion's natural value (its scale's unit); plain numbers when not given. */
export type ValueFormatter = (criterion: string, value: number) => string;

const plainValue: ValueFormatter = (_criterion, value) => fmt(value);

/** Values in each criterion's own terms ("$50B", "85%", "12 months"), by criterion name. */
export function naturalValues(criteria: readonly { readonly name: string; readonly scale: ScaleSpec }[]): ValueFormatter {
  return (criterion, value) => {
    const c = criteria.find((x) => x.name === criterion);
    return c ? formatNatural(c.scale, value) : fmt(value);
  };
}
const pct = (x: number, digits = 0): string => `${(100 * x).toFixed(digits)}%`;

/**
 * The recommendation in sentences: what to choose, why (the criteria behind the lead), how often it wins
 * under uncertainty, and what would change the decision.
 */
export function describeRecommendation(r: Recommendation, value: ValueFormatter = plainValue): string[] {
  const lines: string[] = [];
  const list = (names: readonly string[]): string => {
    const quoted = names.map(quote);
    return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
  };
  if (r.tie) lines.push(`${list(r.tied)} tie for first place; any change of weights or values that favours one of them decides.`);
  else lines.push(`Recommended: ${quote(r.primary.option)}${r.secondary ? `; runner-up ${quote(r.secondary.option)}` : ""}.`);
  if (r.compromise) {
    const failed = [!r.compromise.acceptableAdvantage ? "its lead over the runner-up is below VIKOR's threshold (acceptable advantage)" : "", !r.compromise.acceptableStability ? "it is not also best by group utility or by regret (acceptable stability)" : ""].filter(Boolean).join(", and ");
    lines.push(`VIKOR's compromise set is ${list(r.compromise.options)}: ${failed}.`);
  }
  if (r.secondary && !r.tie) {
    const ahead = r.lead.filter((l) => l.difference > 0).slice(0, 3);
    const behind = r.lead.filter((l) => l.difference < 0).slice(-2);
    if (ahead.length > 0) lines.push(`It leads on ${ahead.map((l) => `${l.criterion} (+${fmt(Number(l.difference.toFixed(4)))})`).join(", ")}${behind.length > 0 ? `, and trails on ${behind.map((l) => `${l.criterion} (${fmt(Number(l.difference.toFixed(4)))})`).join(", ")}` : ""}.`);
  }
  if (r.winProbability) {
    lines.push(`It ranks first in ${pct(r.winProbability.value, 1)} of the simulated weightings (+-${pct(1.96 * r.winProbability.standardError, 1)})${r.secondary && r.secondaryWinProbability ? `; ${quote(r.secondary.option)} in ${pct(r.secondaryWinProbability.value, 1)}` : ""}.`);
  }
  if (r.critical) {
    lines.push(`Most critical criterion: ${r.critical.criterion}; the top choice holds while its weight stays between ${pct(r.critical.low, 1)} and ${pct(r.critical.high, 1)} (now ${pct(r.critical.weight, 1)}).`);
  }
  if (r.smallestWeightChange) {
    const w = r.smallestWeightChange;
    lines.push(`Smallest weight change that changes the decision: ${w.criterion} from ${pct(w.from, 1)} to ${pct(w.to, 1)} brings ${quote(w.challenger)} level.`);
  }
  if (r.inputChangeSkipped) lines.push("The smallest input change that would change the decision was not searched: the table is too large for it (more than 20,000 values).");
  if (r.smallestInputChange) {
    const c = r.smallestInputChange;
    lines.push(`Smallest input change that changes the decision: ${quote(c.option)}'s ${c.criterion} from ${value(c.criterion, c.from)} to ${value(c.criterion, c.to)} puts ${quote(c.winner)} first.`);
  }
  if (r.scenarioWinners.length > 0) {
    lines.push(`Winners by scenario: ${r.scenarioWinners.map((s) => `${s.scenario}: ${s.winners.length > 0 ? s.winners.join(" and ") : "not ranked"}`).join("; ")}.`);
    if (r.minimaxRegret.length > 0) lines.push(`Least regret across the scenarios: ${r.minimaxRegret.map(quote).join(", ")}.`);
  }
  return lines;
}

/** A natural value in its scale's terms: "50B", "85%", "12 months", "Medium", "Yes". */
export function formatNatural(scale: ScaleSpec, value: number): string {
  switch (scale.kind) {
    case "currency": {
      const abs = Math.abs(value);
      const [divisor, suffix] = abs >= 1e12 ? [1e12, "T"] : abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "K"] : [1, ""];
      return `${fmt(Number((value / divisor).toPrecision(4)))}${suffix}`;
    }
    case "percent":
      return `${fmt(Number((100 * value).toPrecision(4)))}%`;
    case "duration":
      return `${fmt(Number(value.toPrecision(4)))} months`;
    case "ordinal": {
      const level = resolveLevels(scale.levels).find((l) => l.value === value);
      return level ? level.label : fmt(value);
    }
    case "yesno":
      return value === (scale.yes ?? 1) ? "Yes" : value === (scale.no ?? 0) ? "No" : value === (scale.maybe ?? 0.5) ? "Maybe" : fmt(value);
    case "number":
      return fmt(Number(value.toPrecision(6)));
  }
}

/** Each method's name as the task pane and the report show it. */
export const METHOD_LABELS: Readonly<Record<MethodName, string>> = {
  wsm: "Weighted sum (WSM)",
  wpm: "Weighted product (WPM)",
  topsis: "TOPSIS",
  vikor: "VIKOR",
  promethee2: "PROMETHEE II",
  copras: "COPRAS",
  moora: "MOORA",
};
