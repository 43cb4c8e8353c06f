import { cellText, isBlank, isExcelError, isPlaceholder, type Cell } from "../cells";
import { currencyScale } from "./currency";
import { durationScale } from "./duration";
import { numberScale } from "./number";
import { ordinalScale } from "./ordinal";
import { percentScale } from "./percent";
import type { ScaleSpec } from "./spec";
import type { ScaleKind } from "./kinds";
import type { ParseResult, Scale } from "./types";
import { yesNoScale } from "./yesno";

export { ScaleSpecSchema, LevelSchema, DURATION_UNITS } from "./spec";
export type { ScaleSpec, LevelInput, DurationUnit } from "./spec";
export type { ParseResult, ScaleIssue } from "./types";
export { SCALE_KINDS, type ScaleKind } from "./kinds";
export { resolveLevels, LOW_MEDIUM_HIGH, FIVE_LEVELS } from "./ordinal";

/** Every scale by kind; adding a scale means adding it here and to ScaleSpecSchema. */
const SCALES: { readonly [K in ScaleKind]: Scale<Extract<ScaleSpec, { kind: K }>> } = {
  number: numberScale,
  currency: currencyScale,
  percent: percentScale,
  duration: durationScale,
  ordinal: ordinalScale,
  yesno: yesNoScale,
};

function scaleFor<S extends ScaleSpec>(spec: S): Scale<S> {
  return SCALES[spec.kind] as unknown as Scale<S>;
}

/**
 * Largest magnitude the engine accepts. Sums and spans of a few thousand such values stay finite in
 * double precision; anything larger is certainly a typing or formula error.
 */
export const MAX_MAGNITUDE = 1e100;

/**
 * Reads one cell on a scale. Blanks, Excel errors (#N/A) and placeholders (TBD, n/a, ?) are reported as
 * such before the scale looks at the value. Never throws; a successful value is always finite.
 */
export function readCell(raw: Cell, spec: ScaleSpec): ParseResult {
  const text = cellText(raw);
  if (isBlank(raw)) return { ok: false, issue: { code: "blank", raw: text } };
  if (isExcelError(raw)) return { ok: false, issue: { code: "excel-error", raw: text.trim() } };
  const result = scaleFor(spec).parse(raw as Exclude<Cell, null | undefined>, spec);
  if (!result.ok && isPlaceholder(raw)) return { ok: false, issue: { code: "placeholder", raw: text } };
  if (result.ok && !Number.isFinite(result.value)) return { ok: false, issue: { code: "not-finite", raw: text } };
  if (result.ok && Math.abs(result.value) > MAX_MAGNITUDE) return { ok: false, issue: { code: "too-large", raw: text, limit: MAX_MAGNITUDE } };
  return result;
}

/** True when a text value is written the way `spec`'s scale writes values ("$50B" for currency). */
export function recognises(text: string, spec: ScaleSpec): boolean {
  return scaleFor(spec).recognises(text, spec);
}
