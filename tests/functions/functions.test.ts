import { parseCell } from "../../src/core/index";
import { formatIssue } from "../../src/locales/en";
import { clearGlobal, importWithGlobal } from "../helpers/with-global";

/** Stand-in for the CustomFunctions global that Excel's custom functions runtime provides. */
class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function fakeRuntime() {
  return { associate: jest.fn(), Error: FakeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } };
}

const load = (runtime: ReturnType<typeof fakeRuntime> | undefined) => importWithGlobal("CustomFunctions", runtime, () => import("../../src/functions/functions"));

afterEach(() => clearGlobal("CustomFunctions"));

describe("registration", () => {
  it("registers every function once, under the ids functions.json declares", async () => {
    const runtime = fakeRuntime();
    const module = await load(runtime);
    const ids = runtime.associate.mock.calls.map((call) => call[0] as string);
    expect(ids).toEqual(["SCORE", "RANK", "RECOMMEND", "CONTRIB", "SENSITIVITY", "SIMULATE", "WEIGHTS", "PARSE"]);
    expect(runtime.associate).toHaveBeenCalledWith("SCORE", module.score);
    expect(runtime.associate).toHaveBeenCalledWith("PARSE", module.parse);
  });
});

describe("the Excel wrappers", () => {
  const table = [
    ["Option", "Revenue", "Quality"],
    ["A", 10, 1],
    ["B", 20, 3],
    ["C", 30, 2],
  ];

  it("return a single value as a 1 x 1 matrix, and spill columns as Excel expects", async () => {
    const { score, recommend } = await load(fakeRuntime());
    // Equal weights (no criteria table): B and C tie at (0.5 + 1) / 2 = (1 + 0.5) / 2 and are named together.
    expect(await recommend(table)).toEqual([["B, C"]]);
    expect(await score(table, null as never, "A")).toEqual([[0]]);
    expect(((await score(table)) as unknown[][]).map((r) => r.length)).toEqual([1, 1, 1]);
  });

  it("turn the engine's errors into CustomFunctions.Error with the right code, inside a spilled column too", async () => {
    const { score, recommend, simulate } = await load(fakeRuntime());
    expect(await score(table, null as never, "Z")).toEqual(new FakeError("#N/A", 'There is no option called "Z" in the table.'));
    expect(await recommend(table, null as never, 0)).toMatchObject({ code: "#NUM!" });
    expect(await simulate(table, null as never, "many")).toMatchObject({ code: "#NUM!" });
    const column = (await score([...table, ["D", "lots", 1]])) as unknown[][];
    expect(column[3]?.[0]).toMatchObject({ code: "#N/A", message: expect.stringContaining('table row 5, column "Revenue"') });
  });

  it("never throw past Excel: an unexpected failure becomes #VALUE! with its message", async () => {
    const { score } = await load(fakeRuntime());
    const hostile = { get length(): number { throw new Error("boom"); } };
    expect(await score(hostile as never)).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("boom") });
  });
});

describe("PIVOT.PARSE", () => {

  it("loads without the custom functions runtime", async () => {
    await expect(load(undefined)).resolves.toBeDefined();
  });

  it("returns the number the engine reads, as in its JSDoc example", async () => {
    const { parse } = await load(fakeRuntime());
    expect(await parse("$1.2B")).toBe(1_200_000_000);
  });

  it("reads the value on the scale it is given", async () => {
    const { parse } = await load(fakeRuntime());
    expect(await parse("95%", "percent")).toBe(0.95);
  });

  it("treats the null Excel passes for an omitted scale as no scale", async () => {
    const { parse } = await load(fakeRuntime());
    // Excel passes null for an omitted optional argument, which the declared type cannot say.
    expect(await parse("95%", null as unknown as undefined)).toBe(await parse("95%"));
  });

  it("returns a #VALUE! error worded by the English catalogue when the engine cannot read the cell", async () => {
    const { parse } = await load(fakeRuntime());
    const expected = parseCell("lots", "currency");
    if (expected.ok) throw new Error("the engine was expected to refuse this value");
    expect(await parse("lots", "currency")).toEqual(new FakeError("#VALUE!", formatIssue(expected.issue)));
  });
});
