/** A1 addresses: "B3" <-> { row: 2, column: 1 } (0-based), and ranges "A1:G8". */

export interface Position {
  readonly row: number;
  readonly column: number;
}

export function columnName(column: number): string {
  let n = column + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function address(p: Position): string {
  return `${columnName(p.column)}${p.row + 1}`;
}

export function rangeAddress(from: Position, to: Position): string {
  return `${address(from)}:${address(to)}`;
}

/** Parses "B3", "$B$3", "Sheet1!B3:C4" (the sheet part is dropped) into its top-left and bottom-right cells. */
export function parseRange(text: string): { from: Position; to: Position } | null {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const [a, b] = bare.replace(/\$/g, "").split(":");
  const from = parseCell(a ?? "");
  const to = b === undefined ? from : parseCell(b);
  return from && to ? { from, to } : null;
}

function parseCell(text: string): Position | null {
  const match = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(text.trim());
  if (!match) return null;
  let column = 0;
  for (const ch of (match[1] ?? "").toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** A sheet-qualified reference Excel accepts in a hyperlink: #'My sheet'!B3. */
export function sheetReference(sheet: string, cell: Position): string {
  return `'${sheet.replace(/'/g, "''")}'!${address(cell)}`;
}
