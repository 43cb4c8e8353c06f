import { parseDecimal } from "../../../src/core/scales/decimal";

describe("parseDecimal", () => {
  it.each([
    ["1,234.5", 1234.5],
    ["-3", -3],
    ["\u22123", -3],
    ["(12)", -12],
    [".5", 0.5],
    ["1,5", 1.5],
    ["1e3", 1000],
    [" 42 ", 42],
  ])("reads %s as %d", (text, expected) => expect(parseDecimal(text)).toBe(expected));
  it.each(["", "abc", "1.2.3", "1,23,4", "--1", "1e999"])("returns null for %p", (text) => expect(parseDecimal(text)).toBeNull());
});
