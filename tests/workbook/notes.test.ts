import { cellOf, noteOf } from "../../src/workbook/notes";
import type { TableSnapshot } from "../../src/workbook/port";

const table: TableSnapshot = { name: "Opportunities", sheet: "Options", address: "B3:E10", values: [] };

describe("notes", () => {
  it("locates a table's data cell on its sheet (data row 0 is the row under the header)", () => {
    expect(cellOf(table, { row: 0, column: 0 })).toEqual({ sheet: "Options", cell: "B4" });
    expect(cellOf(table, { row: 2, column: 3 })).toEqual({ sheet: "Options", cell: "E6" });
    expect(cellOf({ ...table, address: "nonsense" }, { row: 0, column: 0 })).toBeUndefined();
  });

  it("keeps the issue as data, words it, names its cell on its sheet and links to it", () => {
    const issue = { code: "placeholder", raw: "TBD", cell: { row: 1, column: 2 }, option: "Edge", criterion: "Fit" } as const;
    const note = noteOf(issue, table);
    expect(note.issue).toBe(issue);
    expect(note.message).toContain("Options!D5");
    expect(note.link).toEqual({ sheet: "Options", cell: "D5" });
  });

  it("names only the cell when the issue names its table already", () => {
    const note = noteOf({ code: "definition-duplicate", table: "criteria", tableName: "Criteria", name: "Fit", cell: { row: 0, column: 0 } }, { ...table, name: "Criteria", sheet: "Criteria", address: "A1:B3" });
    expect(note.message).toBe('Table "Criteria": "Fit" is defined twice; keep one row.');
    expect(note.link).toEqual({ sheet: "Criteria", cell: "A2" });
  });

  it("cuts a very long note, as a report cell holds a limited text", () => {
    const note = noteOf({ code: "unknown-level", raw: "x".repeat(5000), levels: ["Low"], cell: { row: 0, column: 0 } }, table);
    expect(note.message.length).toBe(2003);
    expect(note.message.endsWith("...")).toBe(true);
  });
});
