import { argumentError, cell, grid, omitted, scalar, trimmed } from "../../src/functions/args";

describe("arguments as Excel passes them", () => {
  it("treats null, undefined, '', FALSE (the LAMBDA short names' omitted argument) and an empty range as omitted", () => {
    for (const value of [null, undefined, "", false, [[null, ""]], [[undefined]]]) expect(omitted(value)).toBe(true);
    for (const value of [0, "wsm", true, [[0]], [["", "x"]]]) expect(omitted(value)).toBe(false);
  });

  it("reads an error value as its text, whether the runtime passes an object with a code or a type", () => {
    expect(cell({ code: "#N/A" })).toBe("#N/A");
    expect(cell({ type: "VALUE!" })).toBe("#VALUE!");
    expect(cell(undefined)).toBeNull();
    expect(grid([[1, { code: "#REF!" }], ["a", null]])).toEqual([[1, "#REF!"], ["a", null]]);
    expect(grid("x")).toEqual([["x"]]);
  });

  it("takes a single value from a one-cell range", () => {
    expect(scalar([[42]])).toBe(42);
    expect(scalar([7])).toBe(7);
    expect(scalar("topsis")).toBe("topsis");
  });

  it("cuts a whole-column range down to the rows and columns that hold something", () => {
    const rows = [["Option", "Fit", ""], ["A", 1, null], ["", "", ""], ["B", 2, ""], [null, "", ""], ["", "", ""]];
    expect(trimmed(rows)).toEqual([["Option", "Fit"], ["A", 1], ["", ""], ["B", 2]]);
    const tight = [["a", 1]];
    expect(trimmed(tight)).toBe(tight);
    expect(trimmed("scalar")).toBe("scalar");
  });

  it("passes an error in a single-value argument back out as that error, naming the argument", () => {
    expect(argumentError({ option: [["#N/A"]] })).toEqual({ error: "#N/A", message: "The option argument is the error #N/A." });
    expect(argumentError({ method: "#DIV/0!" })).toEqual({ error: "#VALUE!", message: "The method argument is the error #DIV/0!." });
    // A range argument with an error inside is the table's business, not this check's.
    expect(argumentError({ count: [["#N/A", 1]] })).toBeUndefined();
    expect(argumentError({ count: null, method: "wsm" })).toBeUndefined();
  });
});
