/** Renders rows as a plain-text table with aligned columns; numbers (or the columns `right` marks) align right. */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], right?: readonly boolean[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const numeric = header.map((_, j) => right?.[j] ?? (rows.length > 0 && rows.every((row) => typeof row[j] === "number")));
  const widths = header.map((_, j) => Math.max(...cells.map((row) => [...(row[j] ?? "")].length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, j) => (numeric[j] ? cell.padStart(widths[j] ?? 0) : cell.padEnd(widths[j] ?? 0))).join("  ").trimEnd();
  return [line(cells[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
