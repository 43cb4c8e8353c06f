import { parseDecimal } from "./decimal";
import { withinBounds } from "./bounds";
import type { DurationUnit, ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

/** Months per unit, with the Gregorian average year of 365.25 days. */
const MONTHS_PER: Readonly<Record<DurationUnit, number>> = {
  days: 12 / 365.25,
  weeks: (7 * 12) / 365.25,
  months: 1,
  quarters: 3,
  years: 12,
};

const UNIT_WORDS: ReadonlyArray<readonly [RegExp, DurationUnit]> = [
  [/^(d|day|days)$/i, "days"],
  [/^(w|wk|wks|week|weeks)$/i, "weeks"],
  [/^(m|mo|mos|mon|mth|mths|month|months)$/i, "months"],
  [/^(q|qtr|qtrs|quarter|quarters)$/i, "quarters"],
  [/^(y|yr|yrs|year|years)$/i, "years"],
];

function unitOf(word: string): DurationUnit | null {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  return null;
}

const PART = /(\d+(?:[.,]\d+)?|\.\d+)\s*([a-z]+)?\.?/giy;
const RANGE = /^\s*\d+(?:[.,]\d+)?\s*(?:[a-z]+\s*)?(?:-|–|—|to)\s*\d+(?:[.,]\d+)?\s*[a-z]*\s*$/i;

interface DurationText {
  readonly months: number;
  readonly hasUnit: boolean;
}

/** "12 months", "1.5 years", "18 mo", "6 weeks", "1 year 6 months", "2y6m", or a bare number in `bareUnit`. */
export function readDurationText(text: string, bareUnit: DurationUnit): DurationText | "range" | null {
  // "1 year, 6 months" and "1 year and 6 months"; a comma inside a number ("1,5", "1,500") stays.
  const s = text.trim().replace(/\s*(,\s+|\band\b)\s*/gi, " ");
  if (RANGE.test(s)) return "range";
  PART.lastIndex = 0;
  let months = 0;
  let parts = 0;
  let hasUnit = false;
  let bare = false;
  let position = 0;
  while (position < s.length) {
    while (s[position] === " ") position++;
    if (position >= s.length) break;
    PART.lastIndex = position;
    const match = PART.exec(s);
    if (!match) return null;
    const amount = parseDecimal(match[1] ?? "");
    const unit = match[2] === undefined ? bareUnit : unitOf(match[2]);
    if (amount === null || unit === null) return null;
    if (match[2] !== undefined) hasUnit = true;
    else bare = true;
    months += amount * MONTHS_PER[unit];
    parts++;
    position = PART.lastIndex;
  }
  // A bare number only stands alone: "3 12 months" is not a duration.
  if (parts === 0 || (bare && parts > 1)) return null;
  return { months, hasUnit };
}

/** Durations normalised to months. Excel numbers are taken in the scale's unit (months unless set). */
export const durationScale: Scale<ScaleSpecOf<"duration">> = {
  kind: "duration",
  parse(raw, spec) {
    const text = String(raw);
    const unit = spec.unit ?? "months";
    if (typeof raw === "boolean") return { ok: false, issue: { code: "unreadable", raw: text, expected: "duration" } };
    if (typeof raw === "number") return withinBounds(raw * MONTHS_PER[unit], text, spec.min ?? 0, spec.max);
    const read = readDurationText(raw, unit);
    if (read === "range") return { ok: false, issue: { code: "range-text", raw: text } };
    if (read === null) return { ok: false, issue: { code: "unreadable", raw: text, expected: "duration" } };
    return withinBounds(read.months, text, spec.min ?? 0, spec.max);
  },
  recognises(text) {
    const read = readDurationText(text, "months");
    return read !== null && read !== "range" && read.hasUnit;
  },
};
