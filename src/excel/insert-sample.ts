/**
 * "Insert sample": the bundled sample (the seed's seven opportunities, its criteria and scenarios) as
 * three Excel tables on new sheets, in two round trips. Never writes into an existing sheet: a name in
 * use gets a number ("Opportunities (2)"), and so does a table name.
 */
import type { SampleTable } from "../workbook/sample";

function free(wanted: string, taken: ReadonlySet<string>, separator: (n: number) => string): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}${separator(n)}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export async function insertSample(context: Excel.RequestContext, tables: readonly SampleTable[]): Promise<{ sheets: string[]; tables: string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items");
  const existing = context.workbook.tables;
  existing.load("items");
  // Table names share one namespace with the workbook's defined names.
  const names = context.workbook.names;
  names.load("items");
  await context.sync();

  const sheetNames = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const tableNames = new Set([...existing.items.map((t) => t.name.toLowerCase()), ...names.items.map((n) => n.name.toLowerCase())]);
  const made = { sheets: [] as string[], tables: [] as string[] };
  for (const table of tables) {
    const sheetName = free(table.name, sheetNames, (n) => ` (${n})`);
    const tableName = free(table.name, tableNames, (n) => `${n}`);
    sheetNames.add(sheetName.toLowerCase());
    tableNames.add(tableName.toLowerCase());
    const width = Math.max(...table.rows.map((r) => r.length));
    const values = table.rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? ""));
    const sheet = worksheets.add(sheetName);
    const range = sheet.getRangeByIndexes(0, 0, values.length, width);
    // Sample text never starts with "=", but write it as text regardless.
    range.numberFormat = values.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
    range.values = values as (string | number | boolean)[][];
    const created = sheet.tables.add(range, true);
    created.name = tableName;
    range.format.autofitColumns();
    made.sheets.push(sheetName);
    made.tables.push(tableName);
  }
  await context.sync();
  return made;
}

/** Inserts the sample in the open workbook (one Excel.run; see select.ts). */
export function insertSampleInExcel(tables: readonly SampleTable[]): Promise<{ sheets: string[]; tables: string[] }> {
  return Excel.run((context) => insertSample(context, tables));
}
