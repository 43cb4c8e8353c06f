/**
 * Reads a decimal number typed by hand: "1,234.5", "1 234", "-3", "−3" (Unicode minus), "(3)"
 * (accounting negative), ".5", and "1,5" (decimal comma when the comma is not followed by three digits).
 * Returns null when the text is not a number. Never returns NaN or an infinite number.
 */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/\u2212/g, "-").replace(/[\u00a0\u202f ]/g, "");
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(s);
  if (accounting) {
    negative = true;
    s = accounting[1] ?? "";
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = negative !== s.startsWith("-");
    s = s.slice(1);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(",", ".");
  if (!/^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** The part of a pattern that matches what {@link parseDecimal} reads, for use inside larger patterns. */
export const DECIMAL_PATTERN = String.raw`\(?[-+\u2212]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\.\d+)\)?`;
