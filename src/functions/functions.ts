/**
 * Excel custom functions. webpack's custom-functions-metadata-plugin reads the JSDoc below to write
 * functions.json; the PIVOT namespace comes from manifest.xml. Each function only translates between
 * Excel and the engine in src/core.
 */
import { parseCell } from "../core/index";
import { formatIssue } from "../locales/en";

/**
 * The number PivotScore reads from one cell, e.g. =PIVOT.PARSE("$1.2B") returns 1200000000.
 * @customfunction PARSE
 * @param value The cell to read: a number, or text such as "$50M", "95%", "18 months", "High" or "Yes".
 * @param [scale] How to read it: number, currency, percent, duration, ordinal or yesno. If omitted, PivotScore picks the scale from the value.
 * @returns The value in the scale's unit: currency in units, percent as a fraction, duration in months.
 */
export function parse(value: string | number | boolean | null, scale?: string): number | CustomFunctions.Error {
  // Excel passes null, not undefined, for an omitted optional argument.
  const result = parseCell(value, scale ?? undefined);
  if (result.ok) return result.value;
  // CustomFunctions.Error needs CustomFunctionsRuntime 1.2; where it is missing this line throws, and Excel
  // shows a plain #VALUE!.
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatIssue(result.issue));
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("PARSE", parse);
}
