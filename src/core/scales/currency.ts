import { parseDecimal } from "./decimal";
import { withinBounds } from "./bounds";
import type { ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

const MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, mm: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9,
  t: 1e12, tn: 1e12, trillion: 1e12, trillions: 1e12,
};

const SYMBOL = String.raw`(?:US\$|[$€£¥]|usd|eur|gbp|jpy|chf|cad|aud)`;
/**
 * "~$1.2T+", "€300M", "20M", "$750K", "USD 3 bn", "50 million", "$(5)M". The symbol may come before or after;
 * a trailing "+" ("$50B+") and a leading "~" are read as the plain amount.
 */
const CURRENCY = new RegExp(
  String.raw`^[~≈]?\s*(?<sign>[-\u2212])?\s*(?<pre>${SYMBOL})?\s*(?<num>[^\sa-z$€£¥+]+?)\s*(?<mag>${Object.keys(MAGNITUDES).join("|")})?\.?\s*(?<post>${SYMBOL})?\s*\+?$`,
  "i",
);

interface CurrencyText {
  readonly value: number;
  /** A currency symbol or a magnitude word was present, so the text is written as money. */
  readonly marked: boolean;
}

export function readCurrencyText(text: string): CurrencyText | null {
  const match = CURRENCY.exec(text.trim());
  const groups = match?.groups;
  if (!groups) return null;
  const amount = parseDecimal(groups["num"] ?? "");
  if (amount === null) return null;
  const magnitude = groups["mag"] ? (MAGNITUDES[groups["mag"].toLowerCase()] ?? 1) : 1;
  const sign = groups["sign"] ? -1 : 1;
  const marked = Boolean(groups["pre"] || groups["post"] || groups["mag"]);
  return { value: sign * amount * magnitude, marked };
}

/** Money with magnitude suffixes, read in units. Negative amounts are refused unless `min` is set lower. */
export const currencyScale: Scale<ScaleSpecOf<"currency">> = {
  kind: "currency",
  parse(raw, spec) {
    const text = String(raw);
    if (typeof raw === "boolean") return { ok: false, issue: { code: "unreadable", raw: text, expected: "currency" } };
    const value = typeof raw === "number" ? raw : readCurrencyText(raw)?.value ?? null;
    if (value === null) return { ok: false, issue: { code: "unreadable", raw: text, expected: "currency" } };
    return withinBounds(value, text, spec.min ?? 0, spec.max);
  },
  recognises(text) {
    return readCurrencyText(text)?.marked === true;
  },
};
