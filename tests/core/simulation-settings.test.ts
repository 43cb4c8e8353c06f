import { DEFAULT_DRAWS, DEFAULT_SEED, parseSeed, validDraws } from "../../src/core/simulation-settings";
import { ProblemSchema } from "../../src/core/model";

describe("parseSeed", () => {
  it("reads a whole number in [-2^31, 2^32) as that number, typed or as digits", () => {
    expect(parseSeed(42)).toBe(42);
    expect(parseSeed("42")).toBe(42);
    expect(parseSeed(" -7 ")).toBe(-7);
    // Ten digits: a number from a file, a cell and a flag alike (it was text from a workbook before).
    expect(parseSeed("1234567890")).toBe(1234567890);
    expect(parseSeed(1234567890)).toBe(1234567890);
    expect(parseSeed(String(2 ** 32 - 1))).toBe(2 ** 32 - 1);
    expect(parseSeed(String(-(2 ** 31)))).toBe(-(2 ** 31));
  });

  it("keeps anything else as text, which the generator hashes", () => {
    expect(parseSeed(String(2 ** 32))).toBe(String(2 ** 32));
    expect(parseSeed(1.5)).toBe("1.5");
    expect(parseSeed(" launch-2026 ")).toBe("launch-2026");
    expect(parseSeed("99999999999999999999")).toBe("99999999999999999999");
    expect(parseSeed(true)).toBe("true");
  });

  it("is the rule the problem format applies to a seed written as text", () => {
    const problem = (seed: unknown) => ProblemSchema.parse({ table: { header: ["Option", "A"], rows: [["x", 1]] }, simulation: { seed } });
    expect(problem("1234567890").simulation.seed).toBe(1234567890);
    expect(problem("abc").simulation.seed).toBe("abc");
    expect(problem(7).simulation.seed).toBe(7);
    expect(problem(undefined).simulation.seed).toBe(DEFAULT_SEED);
    expect(() => problem(2 ** 32)).toThrow();
  });
});

describe("draws", () => {
  it("defaults to 10,000 within the bounds every front end checks", () => {
    expect(DEFAULT_DRAWS).toBe(10_000);
    expect(validDraws(DEFAULT_DRAWS)).toBe(true);
    expect(validDraws(0)).toBe(false);
    expect(validDraws(1_000_001)).toBe(false);
    expect(validDraws(2.5)).toBe(false);
  });
});
