import { rank, TIE_TOLERANCE } from "../../src/core/index";

describe("rank (RANK.EQ convention)", () => {
  it("gives tied scores the same, best rank and skips the next (Excel: RANK.EQ of 0.9 in {0.2,0.9,0.9,0.1} is 1)", () => {
    expect(rank([0.2, 0.9, 0.9, 0.1])).toEqual([3, 1, 1, 4]);
  });
  it("ranks ascending when lower is better (VIKOR's Q)", () => expect(rank([0.5, 0, 1], false)).toEqual([2, 1, 3]));
  it("treats scores within the tolerance as tied", () => {
    expect(rank([1, 1 + TIE_TOLERANCE / 2, 0.5])).toEqual([1, 1, 3]);
    expect(rank([1, 1 + 1e-6, 0.5])).toEqual([2, 1, 3]);
  });
});
