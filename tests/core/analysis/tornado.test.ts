import { tornado } from "../../../src/core/index";
import { tornadoProblem } from "../../helpers/prepared";

describe("tornado", () => {
  // A = (0.6, 0.5), B = (0.5, 0.7), weights (0.5, 0.5), no normalisation: A 0.55, B 0.60, B on top.
  it("follows the top choice's score and rank as each input goes from low to high, largest swing first", () => {
    const ready = tornadoProblem();
    const result = tornado(ready.inputs, ready.uncertain);
    expect(result?.option).toBe("B");
    expect(result?.score).toBeCloseTo(0.6, 12);
    const bars = result?.bars ?? [];
    expect(bars.map((b) => `${b.option}/${b.criterion}`)).toEqual(["B/C1", "B/C2", "A/C2"]);
    // B's C1 at 0.3: B = 0.5 < A 0.55, rank 2, A on top; at 0.7: B = 0.7.
    expect(bars[0]).toMatchObject({ rankAtLow: 2, rankAtHigh: 1, winnerAtLow: "A", winnerAtHigh: "B" });
    expect(bars[0]?.scoreAtLow).toBeCloseTo(0.5, 12);
    expect(bars[0]?.swing).toBeCloseTo(0.2, 12);
    expect(bars[1]?.swing).toBeCloseTo(0.07, 12);
    // A's C2 leaves B's score alone (no normalisation) but at 0.9 A = 0.75 passes B.
    expect(bars[2]).toMatchObject({ swing: 0, rankAtLow: 1, rankAtHigh: 2, winnerAtHigh: "A" });
  });
});
