import fc from "fast-check";
import { fnv1a32, streamFor, xoshiro128ss, xoshiro128ssFromState, type Xoshiro128 } from "../../../src/core/analysis/random";

type State = readonly [number, number, number, number];

function take(rng: Xoshiro128, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextUint32());
}

/*
 * Every expected number below was produced by the C file tests/fixtures/xoshiro/xoshiro128starstar.c:
 * xoshiro128** next() and jump() written from the reference https://prng.di.unimi.it/xoshiro128starstar.c,
 * plus an independent C version of the seeding random.ts documents (FNV-1a 32 of the UTF-8 bytes,
 * then state word i = fmix32(seed + (i + 1) * 0x9e3779b9)). Regenerate with
 *   gcc -std=c99 -O2 -Wall -Wextra -o /tmp/xoshiro128ss tests/fixtures/xoshiro/xoshiro128starstar.c
 *   /tmp/xoshiro128ss > tests/fixtures/xoshiro/expected.txt
 * (gcc 12.2.0, Debian 12); the numbers are copied from expected.txt.
 */
describe("xoshiro128** against the reference C implementation", () => {
  const ONE_TO_FOUR: State = [1, 2, 3, 4];

  test("first outputs from state {1, 2, 3, 4}", () => {
    expect(take(xoshiro128ssFromState(ONE_TO_FOUR), 12)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
      337829053, 2142557243,
    ]);
  });

  test("jump() from state {1, 2, 3, 4}", () => {
    const rng = xoshiro128ssFromState(ONE_TO_FOUR);
    rng.jump();
    expect(rng.state()).toEqual([0xa9765206, 0x797aa168, 0x5b62e331, 0x02abd971]);
    expect(take(rng, 6)).toEqual([1194304935, 745561276, 25819468, 3320478005, 3046317961, 3130903476]);

    const twice = xoshiro128ssFromState(ONE_TO_FOUR);
    twice.jump();
    twice.jump();
    expect(twice.state()).toEqual([0x645171db, 0x028fdf35, 0x3af2b6ff, 0xe26789f5]);
    expect(take(twice, 6)).toEqual([2770217142, 3760030230, 2161708919, 2309977699, 4231521805, 3416635870]);
  });

  test("next() builds its double from two outputs (27 + 26 bits) exactly as the C does", () => {
    const rng = xoshiro128ssFromState(ONE_TO_FOUR);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([2.6822090148925781e-6, 0.0013799966610139602, 0.47304711029826541]);
  });

  test.each<[number, State, number[]]>([
    [0, [0x92ca2f0e, 0x3cd6e3f3, 0x1b147dcc, 0x4c081dbf], [3809008728, 1133695204, 53579671, 2891528803]],
    [1, [0x96a0f96b, 0x12bc8390, 0x971e9964, 0x79adc7e7], [2442144158, 3238099751, 3819917871, 2104621829]],
    [42, [0x3805ea2c, 0xeb5cd984, 0x1327aacb, 0xc5ba443d], [2837322924, 544945897, 479756282, 3500138142]],
    [0xffffffff, [0x36deb503, 0xfc2fb9b6, 0x2994c1b5, 0x6a06e134], [835879718, 1921286648, 2356205009, 1885780724]],
  ])("seed %d expands to the C state and outputs", (seed, state, outputs) => {
    const rng = xoshiro128ss(seed);
    expect(rng.state()).toEqual(state);
    expect(take(rng, 4)).toEqual(outputs);
  });

  test.each<[string, number, State]>([
    ["", 0x811c9dc5, [0x09cef78c, 0x79661de2, 0xea0eb7ee, 0xe8b2c241]],
    ["a", 0xe40c292c, [0x7c0adac1, 0xd0d13e6f, 0xdc9f5e4a, 0xefe7ca1e]],
    ["foobar", 0xbf9cf968, [0x920819d0, 0xf765aa91, 0xb875960b, 0x5cf5c58c]],
    ["PivotScore", 0x3d49b48b, [0xcbefa171, 0xfffecf57, 0xa71cd99d, 0x987a0f4b]],
    ["h\u00e9llo \u{1f3b2}", 0x47f177a1, [0x9b2d5955, 0x5bae9da5, 0x71da8006, 0x526f9435]],
  ])("string seed %j hashes by FNV-1a 32 over UTF-8 like the C", (seed, hash, state) => {
    expect(fnv1a32(seed)).toBe(hash);
    expect(xoshiro128ss(seed).state()).toEqual(state);
  });

  test("streamFor(42, 3) is seed 42 jumped three times", () => {
    const rng = streamFor(42, 3);
    expect(rng.state()).toEqual([0x515a31d2, 0x809960d5, 0xfc19df0b, 0xa7c251d0]);
    expect(take(rng, 4)).toEqual([2063776457, 3044807170, 3829477562, 484660946]);
  });
});

describe("seeding and streams", () => {
  const seed32 = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: -0x80000000, max: -1 }));
  const anySeed = fc.oneof(seed32, fc.string());

  test("the same seed gives the same sequence", () => {
    fc.assert(
      fc.property(anySeed, (seed) => {
        expect(take(xoshiro128ss(seed), 16)).toEqual(take(xoshiro128ss(seed), 16));
      }),
    );
  });

  test("different seeds give different sequences", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), (a, b) => {
        fc.pre(a !== b);
        expect(take(xoshiro128ss(a), 8)).not.toEqual(take(xoshiro128ss(b), 8));
      }),
    );
    expect(xoshiro128ss("7").state()).not.toEqual(xoshiro128ss(7).state());
  });

  test("a negative integer seed is taken modulo 2^32", () => {
    expect(xoshiro128ss(-1).state()).toEqual(xoshiro128ss(0xffffffff).state());
  });

  test("next() is in [0, 1) and a multiple of 2^-53; nextUint32() is an unsigned 32-bit integer", () => {
    fc.assert(
      fc.property(anySeed, (seed) => {
        const rng = xoshiro128ss(seed);
        for (let i = 0; i < 200; i++) {
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
          expect(Number.isInteger(x * 2 ** 53)).toBe(true);
          const u = rng.nextUint32();
          expect(Number.isInteger(u) && u >= 0 && u <= 0xffffffff).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  test("next() averages 1/2 and fills both halves of the range", () => {
    const rng = xoshiro128ss(2024);
    const n = 100_000;
    let sum = 0;
    let low = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      sum += x;
      if (x < 0.5) low++;
    }
    // Standard errors: sqrt(1/12 / n) ~ 0.00091 for the mean, sqrt(n / 4) ~ 158 for the count; 5 SE.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(low - n / 2)).toBeLessThan(5 * Math.sqrt(n / 4));
  });

  test("streamFor gives a different stream per chunk, stream 0 being the seed's generator", () => {
    fc.assert(
      fc.property(anySeed, (seed) => {
        expect(streamFor(seed, 0).state()).toEqual(xoshiro128ss(seed).state());
        const firsts = Array.from({ length: 6 }, (_, i) => take(streamFor(seed, i), 4).join(","));
        expect(new Set(firsts).size).toBe(firsts.length);
        const jumped = xoshiro128ss(seed);
        jumped.jump();
        jumped.jump();
        expect(streamFor(seed, 2).state()).toEqual(jumped.state());
      }),
      { numRuns: 30 },
    );
  });

  test("the state is never all zero: after seeding, stepping or jumping", () => {
    const notAllZero = (s: State) => s.some((w) => w !== 0);
    fc.assert(
      fc.property(anySeed, fc.integer({ min: 0, max: 50 }), (seed, steps) => {
        const rng = xoshiro128ss(seed);
        expect(notAllZero(rng.state())).toBe(true);
        take(rng, steps);
        expect(notAllZero(rng.state())).toBe(true);
        rng.jump();
        expect(notAllZero(rng.state())).toBe(true);
      }),
      { examples: [[0, 0], [-1, 0], ["", 0]] },
    );
    // Every seed word yields four distinct state words (distinct Weyl terms through a bijection).
    fc.assert(
      fc.property(seed32, (seed) => {
        expect(new Set(xoshiro128ss(seed).state()).size).toBe(4);
      }),
    );
  });

  test("clone() copies the position and is independent afterwards", () => {
    const rng = xoshiro128ss("clone");
    take(rng, 5);
    const copy = rng.clone();
    const ahead = take(copy, 10);
    expect(take(rng, 10)).toEqual(ahead);
    copy.jump();
    expect(copy.state()).not.toEqual(rng.state());
  });

  test("state() round-trips through xoshiro128ssFromState", () => {
    const rng = xoshiro128ss(99);
    take(rng, 7);
    const again = xoshiro128ssFromState(rng.state());
    expect(take(again, 10)).toEqual(take(rng, 10));
    expect(rng.state().every((w) => w >= 0 && w <= 0xffffffff)).toBe(true);
  });

  test("bad seeds, states and indices are refused", () => {
    expect(() => xoshiro128ssFromState([0, 0, 0, 0])).toThrow(RangeError);
    expect(() => xoshiro128ssFromState([1.5, 0, 0, 0])).toThrow(RangeError);
    expect(() => xoshiro128ssFromState([2 ** 32, 0, 0, 0])).toThrow(RangeError);
    for (const seed of [1.5, Number.NaN, Infinity, 2 ** 32, -(2 ** 31) - 1]) {
      expect(() => xoshiro128ss(seed)).toThrow(RangeError);
    }
    expect(() => streamFor(1, -1)).toThrow(RangeError);
    expect(() => streamFor(1, 0.5)).toThrow(RangeError);
  });
});
