import { DECIMAL_PATTERN, parseDecimal } from "./decimal";
import { withinBounds } from "./bounds";
import type { ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

const PERCENT = new RegExp(String.raw`^(?<num>${DECIMAL_PATTERN})\s*(?:%|percent|pct)$`, "i");

/**
 * Percentages as fractions: "95%" reads 0.95, and so does the number 0.95 (a cell formatted as percent
 * holds 0.95). A bare 95 is read as 9500% and refused above 100% rather than guessed at.
 */
export const percentScale: Scale<ScaleSpecOf<"percent">> = {
  kind: "percent",
  parse(raw, spec) {
    const text = String(raw);
    if (typeof raw === "boolean") return { ok: false, issue: { code: "unreadable", raw: text, expected: "percent" } };
    let value: number | null;
    if (typeof raw === "number") value = raw;
    else {
      const match = PERCENT.exec(raw.trim());
      const amount = match?.groups ? parseDecimal(match.groups["num"] ?? "") : null;
      value = amount !== null ? amount / 100 : parseDecimal(raw);
    }
    if (value === null) return { ok: false, issue: { code: "unreadable", raw: text, expected: "percent" } };
    return withinBounds(value, text, spec.min ?? 0, spec.max ?? 1);
  },
  recognises(text) {
    return PERCENT.test(text.trim());
  },
};
