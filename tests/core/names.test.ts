import { objectKey, optionKey, sameObjectName, sameWord, wordKey } from "../../src/core/names";

describe("names", () => {
  it("compares words typed by hand without case, spaces, hyphens, underscores or dots", () => {
    expect(sameWord("Time to market", "time-to_market")).toBe(true);
    expect(sameWord(" VERY HIGH ", "very.high")).toBe(true);
    expect(sameWord("Market Size", "Market Share")).toBe(false);
    expect(wordKey("Our Fit")).toBe("ourfit");
  });

  it("compares option names as typed, ignoring only case and surrounding spaces", () => {
    expect(optionKey("  ML Infra ")).toBe(optionKey("ml infra"));
    // Codes: "1.5" and "15" are different options, and so are "A-1" and "A 1".
    expect(optionKey("1.5")).not.toBe(optionKey("15"));
    expect(optionKey("A-1")).not.toBe(optionKey("A 1"));
  });

  it("compares sheet and table names without case, a run of spaces counting as one", () => {
    expect(sameObjectName("PivotScore  Report", "pivotscore report ")).toBe(true);
    expect(sameObjectName("Report-1", "Report 1")).toBe(false);
    expect(objectKey("Ｏｐｔｉｏｎｓ")).toBe("options"); // full-width letters fold under NFKC
  });
});
