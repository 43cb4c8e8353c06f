import { assembleWorkbook } from "../../src/workbook/assembly";
import { DEFAULT_SETTINGS } from "../../src/workbook/settings";
import type { TableSnapshot, WorkbookSnapshot } from "../../src/workbook/port";

const options: TableSnapshot = { name: "Opportunities", sheet: "Opportunities", address: "A1:C3", values: [["Option", "Fit", "Size"], ["X", "80%", 2], ["Y", "50%", 4]] };
const book = (tables: TableSnapshot[]): WorkbookSnapshot => ({ sheets: tables.map((t) => t.sheet), tables, settings: {}, markers: {} });

describe("assembleWorkbook", () => {
  it("finds the options table by name, case aside, and the others as their roles", () => {
    const criteria: TableSnapshot = { name: "criteria", sheet: "C", address: "A1:B3", values: [["Criterion", "Weight"], ["Fit", 2], ["Size", 1]] };
    const found = assembleWorkbook(book([criteria, { ...options, name: "OPPORTUNITIES" }]), DEFAULT_SETTINGS);
    expect(found.options?.name).toBe("OPPORTUNITIES");
    expect(found.criteria).toBe(criteria);
    expect(found.problem?.criteria?.map((c) => c.weight)).toEqual([2, 1]);
    expect(found.notes).toEqual([]);
  });

  it("uses the only other table as the options, and says so", () => {
    const found = assembleWorkbook(book([{ ...options, name: "Table1", sheet: "Sheet1" }]), DEFAULT_SETTINGS);
    expect(found.problem).toBeDefined();
    expect(found.notes.map((n) => n.issue)).toEqual([{ code: "options-table-guessed", table: "Opportunities", used: "Table1", sheet: "Sheet1" }]);
  });

  it("says there is no table of options in a workbook without tables", () => {
    const found = assembleWorkbook(book([]), DEFAULT_SETTINGS);
    expect(found.problem).toBeUndefined();
    expect(found.notes.map((n) => n.issue.code)).toEqual(["options-table-missing"]);
  });

  it("falls back to the weighted sum and uniform weights for settings it cannot read, with a note for each", () => {
    const found = assembleWorkbook(book([options]), { ...DEFAULT_SETTINGS, method: "magic", weights: "a bit" });
    expect(found.problem?.method.name).toBe("wsm");
    expect(found.problem?.simulation.weights).toEqual({ kind: "uniform" });
    expect(found.notes.map((n) => n.issue)).toEqual([{ code: "simulation-weights-unreadable", raw: "a bit" }, { code: "method-unknown", raw: "magic" }]);
  });

  it("links a Criteria table's bad cell to where it is in the workbook", () => {
    const criteria: TableSnapshot = { name: "Criteria", sheet: "Defs", address: "D2:E3", values: [["Criterion", "Direction"], ["Fit", "sideways"]] };
    const found = assembleWorkbook(book([options, criteria]), DEFAULT_SETTINGS);
    expect(found.problem).toBeUndefined();
    expect(found.notes[0]?.link).toEqual({ sheet: "Defs", cell: "E3" });
    expect(found.notes[0]?.message).toBe('Table "Criteria", cell E3 (Direction): "sideways" is not usable; expected benefit or cost.');
  });
});
