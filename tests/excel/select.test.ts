/** Clicking an input issue in the task pane: its sheet comes to the front and its cell is selected, in one round trip. */
import { selectCell } from "../../src/excel/select";
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
