/** Reading cells on each scale. Expected values are worked by hand from each scale's definition. */
import { readCell, type ScaleSpec } from "../../../src/core/index";

const value = (raw: Parameters<typeof readCell>[0], spec: ScaleSpec): number => {
  const result = readCell(raw, spec);
  if (!result.ok) throw new Error(`expected ${String(raw)} to read, got ${result.issue.code}`);
  return result.value;
};
const code = (raw: Parameters<typeof readCell>[0], spec: ScaleSpec): string => {
  const result = readCell(raw, spec);
  return result.ok ? `ok:${result.value}` : result.issue.code;
};

describe("currency", () => {
  const currency: ScaleSpec = { kind: "currency" };
  it.each([
    ["$50B", 50e9],
    ["$1.2T", 1.2e12],
    ["€300M", 300e6],
    ["20M", 20e6],
    ["$750K", 750e3],
    ["$50B+", 50e9],
    ["~$20M", 20e6],
    ["USD 3 bn", 3e9],
    ["50 million", 50e6],
    ["£1,250,000", 1.25e6],
    ["$2.5 billion", 2.5e9],
    ["3.5mm", 3.5e6],
  ])("reads %s as %d", (raw, expected) => {
    expect(value(raw, currency)).toBeCloseTo(expected, 3);
  });
  it("passes Excel numbers through", () => expect(value(5e10, currency)).toBe(5e10));
  it.each(["fifty billion", "$", "B", "50BB", "$50X"])("refuses %s as unreadable", (raw) => expect(code(raw, currency)).toBe("unreadable"));
  it("refuses a negative market size unless the scale allows it", () => {
    expect(code("-$5M", currency)).toBe("below-minimum");
    expect(value("-$5M", { kind: "currency", min: -1e9 })).toBe(-5e6);
  });
});

describe("percent", () => {
  const percent: ScaleSpec = { kind: "percent" };
  it.each([
    ["95%", 0.95],
    ["85 %", 0.85],
    [0.95, 0.95],
    ["0.7", 0.7],
    ["12.5 percent", 0.125],
    ["0%", 0],
  ])("reads %s as %d", (raw, expected) => expect(value(raw, percent)).toBeCloseTo(expected, 12));
  it("refuses values above 100% instead of guessing that 95 meant 95%", () => {
    expect(code(95, percent)).toBe("above-maximum");
    expect(code("120%", percent)).toBe("above-maximum");
  });
  it("refuses negative percentages", () => expect(code("-5%", percent)).toBe("below-minimum"));
});

describe("duration (months)", () => {
  const duration: ScaleSpec = { kind: "duration" };
  it.each([
    ["12 months", 12],
    ["1.5 years", 18],
    ["18 mo", 18],
    ["2 quarters", 6],
    ["1 year 6 months", 18],
    ["2y6m", 30],
    ["12", 12],
    [9, 9],
  ])("reads %s as %d months", (raw, expected) => expect(value(raw, duration)).toBeCloseTo(expected, 12));
  it("reads weeks and days on the 365.25-day year", () => {
    expect(value("6 weeks", duration)).toBeCloseTo((6 * 7 * 12) / 365.25, 12);
    expect(value("90 days", duration)).toBeCloseTo((90 * 12) / 365.25, 12);
  });
  it("reads bare numbers in the scale's unit", () => expect(value(2, { kind: "duration", unit: "years" })).toBe(24));
  it("reports a range as a range", () => expect(code("6-12 months", duration)).toBe("range-text"));
  it("keeps a comma inside a number: '1,5 years' is 18 months, '1,500 days' is 1500 days", () => {
    expect(value("1,5 years", duration)).toBeCloseTo(18, 12);
    expect(value("1,500 days", duration)).toBeCloseTo((1500 * 12) / 365.25, 9);
    expect(value("1 year, 6 months", duration)).toBeCloseTo(18, 12);
  });
  it("refuses a bare number next to parts with units ('3 12 months')", () => expect(code("3 12 months", duration)).toBe("unreadable"));
  it.each(["soon", "12 parsecs", "months"])("refuses %s", (raw) => expect(code(raw, duration)).toBe("unreadable"));
});

describe("ordinal", () => {
  const lmh: ScaleSpec = { kind: "ordinal" };
  it.each([
    ["Low", 1],
    ["medium", 2],
    ["  HIGH ", 3],
    ["Med", 2],
    [2, 2],
  ])("reads %s as %d on Low/Medium/High", (raw, expected) => expect(value(raw, lmh)).toBe(expected));
  it("reads user-defined levels, case- and space-insensitively", () => {
    const spec: ScaleSpec = { kind: "ordinal", levels: ["Poor", "Fair", "Good", { label: "Very good", value: 10 }] };
    expect(value("very  GOOD", spec)).toBe(10);
    expect(value("fair", spec)).toBe(2);
  });
  it("names the levels when a word is not one of them", () => {
    const result = readCell("Severe", lmh);
    expect(result).toEqual({ ok: false, issue: { code: "unknown-level", raw: "Severe", levels: ["Low", "Medium", "High"] } });
  });
});

describe("yes / maybe / no", () => {
  const yesno: ScaleSpec = { kind: "yesno" };
  it.each([
    ["Yes", 1],
    ["no", 0],
    ["Maybe", 0.5],
    [true, 1],
    [false, 0],
    ["Y", 1],
  ])("reads %s as %d", (raw, expected) => expect(value(raw, yesno)).toBe(expected));
  it("uses configured scores", () => expect(value("Maybe", { kind: "yesno", maybe: 0.25 })).toBe(0.25));
});

describe("cells no scale can read", () => {
  it.each([
    ["", "blank"],
    [null, "blank"],
    ["   ", "blank"],
    ["#N/A", "excel-error"],
    ["#DIV/0!", "excel-error"],
    ["TBD", "placeholder"],
    ["n/a", "placeholder"],
    ["?", "placeholder"],
  ] as const)("reports %p as %s on every scale", (raw, expected) => {
    for (const spec of [{ kind: "number" }, { kind: "currency" }, { kind: "percent" }, { kind: "duration" }, { kind: "ordinal" }, { kind: "yesno" }] as ScaleSpec[]) {
      expect(code(raw, spec)).toBe(expected);
    }
  });
  it("refuses non-finite numbers", () => expect(code(Infinity, { kind: "number" })).toBe("not-finite"));
  it("refuses magnitudes beyond 1e100, whose sums would overflow", () => {
    expect(code(1.7e308, { kind: "number" })).toBe("too-large");
    expect(code("-1e101", { kind: "number" })).toBe("too-large");
    expect(code(1e100, { kind: "number" })).toBe("ok:1e+100");
  });
});
