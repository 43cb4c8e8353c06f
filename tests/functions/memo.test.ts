import { clearMemo, copyOut, engineRunCount, memoised } from "../../src/functions/memo";

describe("memoised", () => {
  beforeEach(() => clearMemo());

  it("computes once for inputs of the same content, and again for different content", () => {
    let runs = 0;
    const compute = () => ++runs;
    const before = engineRunCount();
    expect(memoised(["score", [[1, "a"]]], compute)).toBe(1);
    expect(memoised(["score", [[1, "a"]]], compute)).toBe(1);
    expect(memoised(["score", [[2, "a"]]], compute)).toBe(2);
    expect(runs).toBe(2);
    expect(engineRunCount() - before).toBe(2);
  });

  it("tells apart inputs that differ only in type, sign or nesting", () => {
    let runs = 0;
    const compute = () => ++runs;
    for (const input of [[[1]], [["1"]], [[true]], [[0]], [[-0]], [[1, 2]], [[1], [2]], [[null]], [[""]]]) memoised(["k", input], compute);
    expect(runs).toBe(9);
  });

  it("keeps its own copy of the inputs, so a caller changing an array it passed cannot change a later answer", () => {
    const table = [[1, 2]];
    memoised(["k", table], () => "first");
    (table[0] as number[])[1] = 3;
    expect(memoised(["k", table], () => "second")).toBe("second");
    expect(memoised(["k", [[1, 2]]], () => "third")).toBe("first");
  });

  it("forgets the least recently used results beyond 256", () => {
    let runs = 0;
    for (let i = 0; i < 300; i++) memoised(["k", i], () => ++runs);
    expect(runs).toBe(300);
    memoised(["k", 299], () => ++runs);
    expect(runs).toBe(300);
    memoised(["k", 0], () => ++runs);
    expect(runs).toBe(301);
  });

  it("hands out copies of a table", () => {
    const out = [[1, 2]];
    const copy = copyOut(out);
    expect(copy).toEqual(out);
    expect(copy).not.toBe(out);
    expect(copyOut("text")).toBe("text");
  });
});
