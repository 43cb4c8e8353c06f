/** Clicking an input issue in the task pane: its sheet comes to the front and its cell is selected, in one round trip. */
import { selectCell, selectInExcel } from "../../src/excel/select";
import { mockContext } from "../helpers/office-mock";

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const calls: string[] = [];
    const { context, syncs } = mockContext({
      workbook: {
        worksheets: {
          getItem: (sheet: string) => ({
            activate: () => calls.push(`activate ${sheet}`),
            getRange: (cell: string) => ({ select: () => calls.push(`select ${sheet}!${cell}`) }),
          }),
        },
      },
    });
    await selectCell(context, "Opportunities", "C5");
    expect(calls).toEqual(["activate Opportunities", "select Opportunities!C5"]);
    expect(syncs()).toBe(1);
  });
});

describe("selectInExcel", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>)["Excel"]);

  it("runs the selection in one Excel.run batch, as the task pane asks for it", async () => {
    const calls: string[] = [];
    const { context, syncs } = mockContext({
      workbook: { worksheets: { getItem: (sheet: string) => ({ activate: () => calls.push(`activate ${sheet}`), getRange: (cell: string) => ({ select: () => calls.push(`select ${cell}`) }) }) } },
    });
    let runs = 0;
    // Excel.run hands the batch a request context and resolves with what the batch returns.
    (globalThis as Record<string, unknown>)["Excel"] = { run: async <T>(batch: (c: unknown) => Promise<T>) => (runs++, batch(context)) };
    await selectInExcel("Scenarios", "B2");
    expect(runs).toBe(1);
    expect(calls).toEqual(["activate Scenarios", "select B2"]);
    expect(syncs()).toBe(1);
  });
});
