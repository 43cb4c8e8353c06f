import { parseDecimal } from "./decimal";
import { withinBounds } from "./bounds";
import type { ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

/** Plain numbers: Excel numbers pass through; text such as "1,234.5" or "(12)" is read as a decimal. */
export const numberScale: Scale<ScaleSpecOf<"number">> = {
  kind: "number",
  parse(raw, spec) {
    const text = String(raw);
    if (typeof raw === "boolean") return { ok: false, issue: { code: "unreadable", raw: text, expected: "number" } };
    const value = typeof raw === "number" ? raw : parseDecimal(raw);
    if (value === null) return { ok: false, issue: { code: "unreadable", raw: text, expected: "number" } };
    return withinBounds(value, text, spec.min, spec.max);
  },
  recognises(text) {
    return parseDecimal(text) !== null;
  },
};
