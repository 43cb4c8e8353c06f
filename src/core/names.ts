/**
 * How PivotScore compares names an analyst typed. Three rules, each for its kind of name, and nowhere
 * else: every front end and every engine module compares names through these.
 */
import { levelKey } from "./cells";

/**
 * Words typed by hand (criteria, column headers, levels, scenarios): case, spaces, hyphens, underscores
 * and dots do not matter, so "Time to market", "time-to-market" and "TimeToMarket" are one criterion.
 */
export const wordKey = levelKey;
export const sameWord = (a: string, b: string): boolean => levelKey(a) === levelKey(b);

/**
 * An option asked for by name (PIVOT.SCORE's option argument): compared as typed, ignoring case and
 * surrounding spaces only, because option names are often codes where "1.5" is not "15".
 */
export const optionKey = (name: string): string => name.normalize("NFKC").trim().toLowerCase();

/**
 * Names of the workbook's own objects (sheets, tables), which Excel keeps unique without regard to
 * case: case does not matter, and a run of spaces typed into a setting counts as one.
 */
export const objectKey = (name: string): string => name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
export const sameObjectName = (a: string, b: string): boolean => objectKey(a) === objectKey(b);
