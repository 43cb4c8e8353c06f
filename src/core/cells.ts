/**
 * What a cell holds as the engine receives it: Excel passes numbers, strings, booleans, and "" or null
 * for blanks; error values arrive as their text ("#N/A").
 */
export type Cell = string | number | boolean | null | undefined;

const EXCEL_ERROR =
  /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|TIMEOUT!|EXTERNAL!)$/i;

/** Words analysts type when a value is not known yet. Compared after {@link levelKey}. */
const PLACEHOLDERS = new Set(["tbd", "tbc", "tba", "n/a", "na", "unknown", "?", "??", "-", "--", "—", "–", "…", "...", "pending", "notknown"]);

export function isBlank(raw: Cell): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

export function isExcelError(raw: Cell): boolean {
  return typeof raw === "string" && EXCEL_ERROR.test(raw.trim());
}

export function isPlaceholder(raw: Cell): boolean {
  return typeof raw === "string" && PLACEHOLDERS.has(levelKey(raw));
}

/** The cell as text, for messages: "" for blanks, numbers in plain JavaScript form. */
export function cellText(raw: Cell): string {
  if (raw === null || raw === undefined) return "";
  return typeof raw === "string" ? raw : String(raw);
}

/**
 * Comparison key for words typed by hand: case, spaces, hyphens, underscores and dots do not matter,
 * so "Very high", "very-high" and " VERY HIGH " are the same level.
 */
export function levelKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.]+/g, "");
}
