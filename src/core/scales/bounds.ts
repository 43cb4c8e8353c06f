import type { ParseResult } from "./types";

/** Accepts a finite value inside [min, max] (either bound optional); otherwise names the bound it broke. */
export function withinBounds(value: number, raw: string, min: number | undefined, max: number | undefined): ParseResult {
  if (!Number.isFinite(value)) return { ok: false, issue: { code: "not-finite", raw } };
  if (min !== undefined && value < min) return { ok: false, issue: { code: "below-minimum", raw, value, minimum: min } };
  if (max !== undefined && value > max) return { ok: false, issue: { code: "above-maximum", raw, value, maximum: max } };
  return { ok: true, value };
}
