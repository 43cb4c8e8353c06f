/**
 * @jest-environment jsdom
 */
/**
 * The pane on workbooks an analyst might really have open: no tables, one option, one criterion, a text
 * column nobody can score, formula-like and very long names, a table of blanks. It never crashes, never
 * shows NaN, and says what is wrong.
 */
import { render, screen, fireEvent } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { workbookActions } from "../../src/workbook/pane";
import type { CellValue } from "../../src/workbook/port";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver (browsers do).
beforeAll(() => {
  Object.assign(window, { ResizeObserver: class { observe(): void {} unobserve(): void {} disconnect(): void {} } });
});

function book(cells: CellValue[][] | null): MemoryWorkbook {
  if (!cells) return new MemoryWorkbook([{ name: "Sheet1", cells: [["just some notes"]] }], []);
  const width = Math.max(...cells.map((r) => r.length));
  return new MemoryWorkbook([{ name: "Data", cells }], [{ name: "Opportunities", sheet: "Data", address: `A1:${String.fromCharCode(64 + width)}${cells.length}` }]);
}

async function open(cells: CellValue[][] | null): Promise<HTMLElement> {
  const workbook = book(cells);
  const { container } = render(<App theme="light" host={{ inOffice: false, ...workbookActions((use) => use(workbook), () => "t") }} />);
  await screen.findByRole("tab", { name: /Data/ }, { timeout: 5000 }).catch(() => undefined);
  return container;
}

const visit = async (container: HTMLElement) => {
  for (const name of [/Ranking/, /Data/, /Scenarios/, /Sensitivity/, /Simulation/]) {
    const tab = screen.queryByRole("tab", { name });
    if (tab) fireEvent.click(tab);
    expect(container.textContent).not.toMatch(/NaN|undefined|\[object Object\]/);
  }
};

describe("the pane on awkward workbooks", () => {
  it("a workbook without tables: says how to make one", async () => {
    const container = await open(null);
    fireEvent.click(screen.getByRole("tab", { name: /Data/ }));
    expect(container.textContent).toContain("No table of options was found");
    await visit(container);
  });

  it("one option: ranked first, with nothing to compare", async () => {
    const container = await open([["Option", "Revenue", "Risk"], ["Only one", "$5M", "Low"]]);
    expect((await screen.findByRole("list", { name: "Ranking" })).textContent).toContain("1. Only one");
    await visit(container);
  });

  it("one criterion, a text column nobody can score, formula-like and very long names", async () => {
    const long = "X".repeat(300);
    const container = await open([["Option", "Revenue", "Notes"], ["=1+1", "$5M", "call Bob"], [long, "$7M", "later"], ["B", "$6M", ""]]);
    const ranking = await screen.findByRole("list", { name: "Ranking" });
    expect(ranking.textContent).toContain("=1+1");
    expect(ranking.textContent).toContain(`1. ${long}`);
    await visit(container);
  });

  it("a table of blanks and placeholders: says why nothing can be ranked", async () => {
    const container = await open([["Option", "Revenue"], ["A", "TBD"], ["B", ""], ["C", "n/a"]]);
    fireEvent.click(await screen.findByRole("tab", { name: /Data/ }));
    // "TBD", "" and "n/a" are placeholders, so no column holds anything to score.
    expect(container.textContent).toContain("No criterion to score on: no column holds numbers, amounts, percentages, durations or levels.");
    await visit(container);
  });
});
