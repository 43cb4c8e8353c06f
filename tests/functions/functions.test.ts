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
  return { associate: jest.fn(), Error: FakeError, ErrorCode: { invalidValue: "#VALUE!" } };
}

const load = (runtime: ReturnType<typeof fakeRuntime> | undefined) => importWithGlobal("CustomFunctions", runtime, () => import("../../src/functions/functions"));

afterEach(() => clearGlobal("CustomFunctions"));

describe("PIVOT.PARSE", () => {
  it("registers PARSE once when the custom functions runtime is present", async () => {
    const runtime = fakeRuntime();
    const { parse } = await load(runtime);
    expect(runtime.associate).toHaveBeenCalledTimes(1);
    expect(runtime.associate).toHaveBeenCalledWith("PARSE", parse);
  });

  it("loads without the custom functions runtime", async () => {
    await expect(load(undefined)).resolves.toBeDefined();
  });

  it("returns the number the engine reads, as in its JSDoc example", async () => {
    const { parse } = await load(fakeRuntime());
    expect(parse("$1.2B")).toBe(1_200_000_000);
  });

  it("reads the value on the scale it is given", async () => {
    const { parse } = await load(fakeRuntime());
    expect(parse("95%", "percent")).toBe(0.95);
  });

  it("treats the null Excel passes for an omitted scale as no scale", async () => {
    const { parse } = await load(fakeRuntime());
    // Excel passes null for an omitted optional argument, which the declared type cannot say.
    expect(parse("95%", null as unknown as undefined)).toBe(parse("95%"));
  });

  it("returns a #VALUE! error worded by the English catalogue when the engine cannot read the cell", async () => {
    const { parse } = await load(fakeRuntime());
    const expected = parseCell("lots", "currency");
    if (expected.ok) throw new Error("the engine was expected to refuse this value");
    expect(parse("lots", "currency")).toEqual(new FakeError("#VALUE!", formatIssue(expected.issue)));
  });
});
