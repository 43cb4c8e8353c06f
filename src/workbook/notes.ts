/**
 * What a refresh or the task pane tells the analyst: an issue (data from the engine or about the
 * workbook), worded by src/locales with its cells named where they are in the workbook, and a link to
 * the cell it is about.
 */
import type { CellRef, Issue } from "../core/index";
import { formatIssue } from "../locales/en";
import { address, parseRange } from "./a1";
import type { RefreshNote, TableSnapshot } from "./port";

/** Locates a table-relative cell (data row, column) on its sheet. */
export function cellOf(table: TableSnapshot, ref: CellRef): { sheet: string; cell: string } | undefined {
  const range = parseRange(table.address);
  if (!range) return undefined;
  return { sheet: table.sheet, cell: address({ row: range.from.row + 1 + ref.row, column: range.from.column + ref.column }) };
}

/** A cell's text longer than this is cut in a note: a cell can hold 32,767 characters, more than a report cell takes. */
const MAX_NOTE = 2000;

/**
 * The note for an issue found in `table` (when it is about one): its cells named by address, on their
 * sheet ("Opportunities!C4"), or by address alone when the issue already names its table.
 */
export function noteOf(issue: Issue, table?: TableSnapshot): RefreshNote {
  const ref = "cell" in issue && issue.cell ? issue.cell : undefined;
  const at = table && ref ? cellOf(table, ref) : undefined;
  const namesTable = "tableName" in issue && issue.tableName !== undefined;
  const text = formatIssue(issue, (r) => {
    const cell = table ? cellOf(table, r) : undefined;
    if (!cell) return `row ${r.row + 1}, column ${r.column + 1}`;
    return namesTable ? cell.cell : `${cell.sheet}!${cell.cell}`;
  });
  const message = text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}...` : text;
  return { issue, message, ...(at ? { link: { sheet: at.sheet, cell: at.cell } } : {}) };
}
