/**
 * Arguments as Excel's custom-functions runtime passes them, turned into what the engine reads: 2-D
 * arrays of numbers, strings, booleans, "" or null for blanks, and error values (objects with a code, or
 * text such as "#N/A"). Omitted optional arguments arrive as null, undefined, "" or, through the LAMBDA
 * short names, FALSE.
 */
import { isExcelError, type Cell } from "../core/cells";
import type { ErrorCode, FunctionError } from "./output";

export type Grid = readonly (readonly unknown[])[];
export type Arg = unknown;

export const fail = (error: ErrorCode, message: string): FunctionError => ({ error, message });

/** One cell as the engine reads cells: error values become their text ("#N/A"). */
export function cell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "code" in value) return String((value as { code: unknown }).code);
  if (typeof value === "object" && "type" in value) return `#${String((value as { type: unknown }).type)}`;
  return String(value);
}

/** Omitted optional arguments arrive as null, undefined, "" or (through LAMBDA wrappers) FALSE. */
export function omitted(value: Arg): boolean {
  if (value === null || value === undefined || value === false || value === "") return true;
  if (Array.isArray(value)) return value.every((row) => (Array.isArray(row) ? row.every((c) => c === null || c === "" || c === undefined) : true));
  return false;
}

export function grid(value: Arg): Cell[][] {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
  return [[cell(value)]];
}

const blankCell = (v: unknown): boolean => v === null || v === undefined || v === "";

/**
 * A range without its trailing blank rows and columns: a whole-column reference (A:G) arrives as a
 * million rows, nearly all blank. Results then line up with the rows that hold something.
 */
export function trimmed(value: Arg): Arg {
  if (!Array.isArray(value) || !value.every(Array.isArray)) return value;
  const rows = value as unknown[][];
  let height = rows.length;
  while (height > 0 && (rows[height - 1] ?? []).every(blankCell)) height--;
  let width = 0;
  for (let i = 0; i < height; i++) {
    const row = rows[i] ?? [];
    for (let j = row.length - 1; j >= width; j--) {
      if (!blankCell(row[j])) {
        width = j + 1;
        break;
      }
    }
  }
  if (height === rows.length && rows.every((row) => row.length === width)) return rows;
  return rows.slice(0, height).map((row) => row.slice(0, width));
}

/** A single value from an argument that may be a one-cell range. */
export function scalar(value: Arg): Cell {
  if (Array.isArray(value)) return cell(Array.isArray(value[0]) ? value[0][0] : value[0]);
  return cell(value);
}

/**
 * Excel's convention: an error in a single-value argument comes back out as that error (#N/A in, #N/A
 * out), saying which argument held it, rather than being read as a name or a method.
 */
export function argumentError(args: Record<string, Arg>): FunctionError | undefined {
  for (const [name, value] of Object.entries(args)) {
    if (omitted(value) || (Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0]) && value[0].length === 1))) continue;
    const v = scalar(value);
    if (typeof v === "string" && isExcelError(v)) return fail(v.trim().toUpperCase() === "#N/A" ? "#N/A" : "#VALUE!", `The ${name} argument is the error ${v.trim()}.`);
  }
  return undefined;
}
