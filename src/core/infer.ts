import { isBlank, isExcelError, isPlaceholder, levelKey, type Cell } from "./cells";
import type { Direction } from "./normalize";
import { FIVE_LEVELS, readCell, recognises, type ScaleSpec } from "./scales/index";
import type { ValueFunction } from "./value-functions";

/**
 * Defaults inferred from a column, used wherever a criterion definition leaves something out.
 * The rules, in order (documented in docs/problem-format.md):
 * - scale: the scale that reads most of the column's text values ("$50B" currency, "85%" percent,
 *   "12 months" duration, Yes/Maybe/No, Low/Medium/High, five levels when any "very" level appears);
 *   a column of bare numbers is a number, or a percent / duration / currency when the header says
 *   "%", "months"/"years", "$"/"€"/"£". A column is a criterion only if one scale reads at least
 *   half of its non-blank values; otherwise it is text (a name, notes, a tier).
 * - direction: cost when the header names something to keep low (risk, cost, time, effort, ...),
 *   or when the scale is a duration; benefit otherwise.
 * - value function: log for positive currency or number columns spanning two decades or more
 *   (max / min >= 100), linear otherwise.
 */
const TEXT_CANDIDATES: readonly ScaleSpec[] = [
  { kind: "percent" },
  { kind: "currency" },
  { kind: "duration" },
  { kind: "yesno" },
  { kind: "ordinal" },
  { kind: "ordinal", levels: [...FIVE_LEVELS] },
];

/** Whole words only: "Uptime" and "Lifetime value" are not times to keep low. */
const COST_WORDS = /\b(risks?|costs?|price|prices|expenses?|spend|capex|opex|burn|time|duration|delay|latency|effort|complexity|difficulty|competition|debt|churn|payback)\b/i;
/** "per year", "/month", "annual": a rate, not a duration. */
const RATE = /\bper\s+(year|month|week|day)|\/\s*(yr|year|mo|month)|\bannual|\bmonthly|\byearly/i;
const NOT_A_CRITERION = /^(id|#|no\.?|row|index|rank|notes?|comments?|description|remarks?|tier|category|owner|link|url)$/i;

/** Share of non-blank values a scale must read for the column to count as a criterion. */
const MIN_SHARE = 0.5;

function contentValues(values: readonly Cell[]): Cell[] {
  return values.filter((v) => !isBlank(v) && !isExcelError(v) && !isPlaceholder(v));
}

export function inferScale(header: string, values: readonly Cell[]): ScaleSpec | null {
  if (NOT_A_CRITERION.test(header.trim())) return null;
  const content = contentValues(values);
  if (content.length === 0) return null;
  const numbers = content.filter((v) => typeof v === "number").length;
  const texts = content.filter((v): v is string => typeof v === "string");
  const booleans = content.filter((v) => typeof v === "boolean").length;

  let best: { spec: ScaleSpec; count: number } | null = null;
  for (const spec of TEXT_CANDIDATES) {
    let count = texts.filter((t) => recognises(t, spec)).length;
    if (spec.kind === "yesno") count += booleans;
    else if (spec.kind !== "ordinal") count += numbers;
    // Five levels only when the column uses a level the three-level scale lacks.
    if (spec.kind === "ordinal" && spec.levels && !texts.some((t) => levelKey(t).startsWith("very"))) continue;
    if (texts.filter((t) => recognises(t, spec)).length === 0 && !(spec.kind === "yesno" && booleans > 0)) continue;
    if (!best || count > best.count) best = { spec, count };
  }
  const plainNumbers = numbers + texts.filter((t) => recognises(t, { kind: "number" })).length;
  if ((!best || best.count < plainNumbers) && plainNumbers > 0) best = { spec: numberScaleFromHeader(header, content), count: plainNumbers };
  if (!best || best.count < MIN_SHARE * content.length) return null;
  return best.spec;
}

function numberScaleFromHeader(header: string, content: readonly Cell[]): ScaleSpec {
  if (/%|percent/i.test(header) && content.every((v) => typeof v !== "number" || (v >= 0 && v <= 1))) return { kind: "percent" };
  if (/[$€£¥]|\busd\b|\beur\b|\bgbp\b/i.test(header)) return { kind: "currency" };
  if (RATE.test(header)) return { kind: "number" };
  if (/\bmonths?\b|\bmos?\b/i.test(header)) return { kind: "duration", unit: "months" };
  if (/\byears?\b|\byrs?\b/i.test(header)) return { kind: "duration", unit: "years" };
  if (/\bweeks?\b/i.test(header)) return { kind: "duration", unit: "weeks" };
  return { kind: "number" };
}

export function inferDirection(header: string, scale: ScaleSpec): Direction {
  return COST_WORDS.test(header) || (scale.kind === "duration" && !/experience|tenure|runway|warranty|lifetime/i.test(header)) ? "cost" : "benefit";
}

export function inferValueFunction(scale: ScaleSpec, values: readonly Cell[]): ValueFunction {
  if (scale.kind !== "currency" && scale.kind !== "number") return { kind: "linear" };
  const read = values.map((v) => readCell(v, scale)).flatMap((r) => (r.ok ? [r.value] : []));
  if (read.length < 2 || read.some((v) => v <= 0)) return { kind: "linear" };
  const max = Math.max(...read);
  const min = Math.min(...read);
  return max / min >= 100 ? { kind: "log" } : { kind: "linear" };
}
