/**
 * The PIVOT.* functions evaluated by a real formula engine (HyperFormula): formulas referring to ranges
 * on other sheets, spilled results, recalculation after an edit, and errors with their messages.
 */
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { solve } from "../../src/core/index";
import { sizeMismatches, workbook } from "../helpers/hyperformula-pivot";
import { sample, sampleSheets as tables } from "../helpers/sample-sheets";

const sampleSheets = (): Record<string, unknown[][]> => ({ ...tables(), Calc: [[]] });

const OPP = "Opportunities!A1:G8";
const CRIT = "Criteria!A1:H7";
const SCEN = "Scenarios!A1:I4";

function column(hf: HyperFormula, sheet: string, col: number, rows: number): unknown[] {
  const id = hf.getSheetId(sheet) ?? 0;
  return Array.from({ length: rows }, (_, row) => hf.getCellValue({ sheet: id, row, col }));
}

function put(hf: HyperFormula, sheet: string, a1: string, formula: string): void {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet) ?? 0);
  if (!address) throw new Error(`bad address ${a1}`);
  hf.setCellContents(address, [[formula]]);
}

function value(hf: HyperFormula, sheet: string, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet) ?? 0);
  if (!address) throw new Error(`bad address ${a1}`);
  return hf.getCellValue(address);
}

afterEach(() => expect(sizeMismatches).toEqual([]));

describe("PIVOT.* in a formula engine: a hand-worked table", () => {
  // Min-max weighted sum, weights 0.6 / 0.4: Revenue 10, 20, 30 -> 0, 0.5, 1; Quality 1, 3, 2 -> 0, 1, 0.5.
  // Scores A 0, B 0.3 + 0.4 = 0.7, C 0.6 + 0.2 = 0.8.
  const sheets = () => ({
    Options: [["Option", "Revenue", "Quality"], ["A", 10, 1], ["B", 20, 3], ["C", 30, 2]],
    Criteria: [["Criterion", "Direction", "Scale", "Weight"], ["Revenue", "benefit", "number", 0.6], ["Quality", "benefit", "number", 0.4]],
    Calc: [["=PIVOT.SCORE(Options!A1:C4, Criteria!A1:D3)", "=PIVOT.RANK(Options!A1:C4, Criteria!A1:D3)", "=PIVOT.RECOMMEND(Options!A1:C4, Criteria!A1:D3)", '=PIVOT.SCORE(Options!A1:C4, Criteria!A1:D3, "B")']],
  });

  it("spills scores and ranks lined up with the table's rows and names the winner", () => {
    const hf = workbook(sheets());
    expect(column(hf, "Calc", 0, 3)).toEqual([0, expect.closeTo(0.7, 12), expect.closeTo(0.8, 12)]);
    expect(column(hf, "Calc", 1, 3)).toEqual([3, 2, 1]);
    expect(value(hf, "Calc", "C1")).toBe("C");
    expect(value(hf, "Calc", "D1")).toBeCloseTo(0.7, 12);
  });

  it("recalculates after an edit to the table: A's revenue 10 -> 40", () => {
    const hf = workbook(sheets());
    put(hf, "Options", "B2", "40");
    // Revenue 40, 20, 30 -> 1, 0, 0.5: A 0.6, B 0.4, C 0.3 + 0.2 = 0.5.
    expect(column(hf, "Calc", 0, 3)).toEqual([expect.closeTo(0.6, 12), expect.closeTo(0.4, 12), expect.closeTo(0.5, 12)]);
    expect(value(hf, "Calc", "C1")).toBe("A");
  });

  it("recalculates after an edit to the criteria: all weight on Quality", () => {
    const hf = workbook(sheets());
    put(hf, "Criteria", "D2", "0");
    put(hf, "Criteria", "D3", "1");
    expect(column(hf, "Calc", 1, 3)).toEqual([3, 1, 2]);
  });

  it("explains a cell it cannot read, naming the table row and column, and scores the rest", () => {
    const hf = workbook(sheets());
    put(hf, "Options", "B3", "lots");
    const scores = column(hf, "Calc", 0, 3);
    expect(scores[1]).toBeInstanceOf(DetailedCellError);
    expect((scores[1] as DetailedCellError).value).toBe("#N/A");
    expect((scores[1] as DetailedCellError).message).toMatch(/table row 3, column "Revenue".*"lots"/);
    // Without B: Revenue 10, 30 -> 0, 1; Quality 1, 2 -> 0, 1: A 0, C 1.
    expect(scores[0]).toBe(0);
    expect(scores[2]).toBeCloseTo(1, 12);
  });

  it("answers #N/A for an option that is not there and #VALUE! for an unknown method", () => {
    const hf = workbook(sheets());
    put(hf, "Calc", "D1", '=PIVOT.SCORE(Options!A1:C4, Criteria!A1:D3, "Z")');
    put(hf, "Calc", "E1", '=PIVOT.RECOMMEND(Options!A1:C4, Criteria!A1:D3, 1, "magic")');
    expect(value(hf, "Calc", "D1")).toMatchObject({ value: "#N/A", message: 'There is no option called "Z" in the table.' });
    expect(value(hf, "Calc", "E1")).toMatchObject({ value: "#VALUE!", message: expect.stringContaining('Unknown method "magic"') });
  });
});

describe("PIVOT.* in a formula engine: the bundled sample", () => {
  const solved = solve(sample);
  if (!solved.ok) throw new Error("sample unsolvable");

  it("scores the sample as the engine does, with its criteria table", () => {
    const hf = workbook(sampleSheets());
    put(hf, "Calc", "A1", `=PIVOT.SCORE(${OPP}, ${CRIT})`);
    put(hf, "Calc", "B1", `=PIVOT.RANK(${OPP}, ${CRIT})`);
    put(hf, "Calc", "C1", `=PIVOT.RECOMMEND(${OPP}, ${CRIT}, 2)`);
    expect(column(hf, "Calc", 0, 7)).toEqual(solved.options.map((o) => expect.closeTo(o.score, 12)));
    expect(column(hf, "Calc", 1, 7)).toEqual(solved.options.map((o) => o.rank));
    expect(column(hf, "Calc", 2, 2)).toEqual(["ML Infra", "Edge Computing"]);
  });

  it("applies the sample's scenarios: risk-averse bootstrap picks Learned DB, venture scale ML Infra", () => {
    const hf = workbook(sampleSheets());
    put(hf, "Calc", "A1", `=PIVOT.RECOMMEND(${OPP}, ${CRIT}, 1, , ${SCEN}, "Risk-averse bootstrap")`);
    put(hf, "Calc", "B1", `=PIVOT.RECOMMEND(${OPP}, ${CRIT}, 1, , ${SCEN}, "Venture scale")`);
    put(hf, "Calc", "C1", `=PIVOT.RANK(${OPP}, ${CRIT}, "Learned DB", , ${SCEN}, "Venture scale")`);
    expect(value(hf, "Calc", "A1")).toBe("Learned DB");
    expect(value(hf, "Calc", "B1")).toBe("ML Infra");
    expect(value(hf, "Calc", "C1")).toMatchObject({ value: "#N/A", message: expect.stringContaining("Venture Scale = Yes") });
  });

  it("gives contributions that add up to each score", () => {
    const hf = workbook(sampleSheets());
    put(hf, "Calc", "A1", `=PIVOT.CONTRIB(${OPP}, ${CRIT})`);
    const id = hf.getSheetId("Calc") ?? 0;
    const header = Array.from({ length: 8 }, (_, col) => hf.getCellValue({ sheet: id, row: 0, col }));
    expect(header).toEqual(["Option", ...sample.criteria.map((c) => c.name), "Score"]);
    for (let row = 1; row <= 7; row++) {
      const cells = Array.from({ length: 8 }, (_, col) => hf.getCellValue({ sheet: id, row, col })) as number[];
      const total = cells.slice(1, 7).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(cells[7] ?? NaN, 12);
    }
  });

  it("gives stability intervals and marks one most critical criterion", () => {
    const hf = workbook(sampleSheets());
    put(hf, "Calc", "A1", `=PIVOT.SENSITIVITY(${OPP}, ${CRIT})`);
    const id = hf.getSheetId("Calc") ?? 0;
    const rows = Array.from({ length: 7 }, (_, row) => Array.from({ length: 9 }, (__, col) => hf.getCellValue({ sheet: id, row, col })));
    expect(rows[0]?.[0]).toBe("Criterion");
    for (const row of rows.slice(1)) {
      const [, weight, low, high] = row as [string, number, number, number];
      expect(low).toBeLessThanOrEqual(weight);
      expect(high).toBeGreaterThanOrEqual(weight);
    }
    expect(rows.slice(1).filter((r) => r[8] === true)).toHaveLength(1);
  });

  it("simulates deterministically for a seed: the same numbers in two cells, each row summing to 1", () => {
    const hf = workbook(sampleSheets());
    put(hf, "Calc", "A1", `=PIVOT.SIMULATE(${OPP}, ${CRIT}, 2000, 7)`);
    put(hf, "Calc", "A10", `=PIVOT.SIMULATE(${OPP}, ${CRIT}, 2000, 7)`);
    const id = hf.getSheetId("Calc") ?? 0;
    const block = (top: number) => Array.from({ length: 8 }, (_, row) => Array.from({ length: 8 }, (__, col) => hf.getCellValue({ sheet: id, row: top + row, col })));
    const first = block(0);
    expect(block(9)).toEqual(first);
    for (const row of first.slice(1)) expect((row.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("derives weights: a consistent pairwise matrix (4/7, 2/7, 1/7, CR 0) and rank-order centroid weights", () => {
    const hf = workbook({ M: [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]], L: [["Fit"], ["Market"], ["Risk"]], Calc: [["=PIVOT.WEIGHTS(M!A1:C3)", null, '=PIVOT.WEIGHTS(L!A1:A3, "roc")']] });
    expect(column(hf, "Calc", 1, 5)).toEqual(["Weight", expect.closeTo(4 / 7, 9), expect.closeTo(2 / 7, 9), expect.closeTo(1 / 7, 9), expect.closeTo(0, 9)]);
    // Barron & Barrett (1996): w_k = (1/n) sum_{i>=k} 1/i for n = 3: 11/18, 5/18, 2/18.
    expect(column(hf, "Calc", 3, 4)).toEqual(["Weight", expect.closeTo(11 / 18, 12), expect.closeTo(5 / 18, 12), expect.closeTo(2 / 18, 12)]);
  });
});
