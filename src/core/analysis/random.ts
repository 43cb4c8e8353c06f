/**
 * Seeded pseudo-random numbers for simulations: xoshiro128** 1.1 by David Blackman and Sebastiano
 * Vigna, a port of the public-domain reference https://prng.di.unimi.it/xoshiro128starstar.c.
 * The generator uses only 32-bit integer arithmetic (Math.imul, shifts, xor) and next() combines two
 * outputs exactly in doubles, so a seed gives the same numbers on every machine and engine.
 * Not for cryptography: a few outputs reveal the state.
 */

/** A source of uniform random bits. */
export interface Random {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** uniform in [0, 1) with 53 random bits */
  next(): number;
}

export interface Xoshiro128 extends Random {
  /** The four 32-bit state words (unsigned), as xoshiro128ssFromState takes them back. */
  state(): readonly [number, number, number, number];
  /** the reference jump(): advances 2^64 steps, for independent streams per chunk */
  jump(): void;
  /** An independent copy at the same position. */
  clone(): Xoshiro128;
}

// Builtins are read once: a global lookup per call costs ~100x more inside Jest's vm sandbox.
const imul = Math.imul;
const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
/** The reference JUMP polynomial, least significant word first. */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;

class Xoshiro128StarStar implements Xoshiro128 {
  // Words are kept as signed int32 (what `^` and `<<` produce); state() reports them unsigned.
  constructor(
    private s0: number,
    private s1: number,
    private s2: number,
    private s3: number,
  ) {}

  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    const r = imul(s1, 5);
    const result = imul((r << 7) | (r >>> 25), 9) >>> 0;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  next(): number {
    // Top 27 bits of one output and top 26 of the next: every multiple of 2^-53 in [0, 1) equally likely.
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  state(): readonly [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }

  jump(): void {
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    for (const word of JUMP) {
      for (let b = 0; b < 32; b++) {
        if ((word >>> b) & 1) {
          t0 ^= this.s0;
          t1 ^= this.s1;
          t2 ^= this.s2;
          t3 ^= this.s3;
        }
        this.nextUint32();
      }
    }
    this.s0 = t0;
    this.s1 = t1;
    this.s2 = t2;
    this.s3 = t3;
  }

  clone(): Xoshiro128 {
    return new Xoshiro128StarStar(this.s0, this.s1, this.s2, this.s3);
  }
}

/**
 * 32-bit FNV-1a (Fowler, Noll, Vo; offset basis 0x811c9dc5, prime 0x01000193) of the string's UTF-8
 * bytes, so the same text hashes alike in any language. Lone surrogates count as U+FFFD, as
 * TextEncoder writes them.
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  const byte = (b: number): void => {
    h = imul(h ^ b, 0x01000193);
  };
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) {
      byte(c);
    } else if (c < 0x800) {
      byte(0xc0 | (c >>> 6));
      byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >>> 12));
      byte(0x80 | ((c >>> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    } else {
      byte(0xf0 | (c >>> 18));
      byte(0x80 | ((c >>> 12) & 0x3f));
      byte(0x80 | ((c >>> 6) & 0x3f));
      byte(0x80 | (c & 0x3f));
    }
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser fmix32 (Austin Appleby): a bijection on 32-bit words. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A number seed as an unsigned 32-bit word; anything that is not a 32-bit integer is refused. */
function seedWord(seed: number | string): number {
  if (typeof seed === "string") return fnv1a32(seed);
  if (!Number.isInteger(seed) || seed < -0x80000000 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [-2^31, 2^32) or a string, got ${seed}`);
  }
  return seed >>> 0;
}

/**
 * xoshiro128** seeded from a 32-bit integer or a string (hashed by {@link fnv1a32}; "7" and 7 are
 * different seeds). The seed is expanded by a 32-bit SplitMix: state word i is
 * fmix32(seed + (i + 1) * 0x9e3779b9 mod 2^32), i.e. a golden-ratio Weyl sequence as in SplitMix64
 * (Steele, Lea & Flood 2014) with MurmurHash3's finaliser as the mixer. The four Weyl terms are
 * distinct and fmix32 is a bijection, so at most one word is zero and the state is never all zero.
 * Negative integers are taken modulo 2^32 (-1 is the seed 4294967295).
 */
export function xoshiro128ss(seed: number | string): Xoshiro128 {
  let z = seedWord(seed);
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    z = (z + 0x9e3779b9) >>> 0;
    words.push(fmix32(z));
  }
  const [s0 = 0, s1 = 0, s2 = 0, s3 = 0] = words;
  return new Xoshiro128StarStar(s0, s1, s2, s3);
}

/** The generator at an exact state, e.g. one saved with state(). Refuses the all-zero state. */
export function xoshiro128ssFromState(state: readonly [number, number, number, number]): Xoshiro128 {
  for (const word of state) {
    if (!Number.isInteger(word) || word < -0x80000000 || word > 0xffffffff) {
      throw new RangeError(`state words must be 32-bit integers, got ${word}`);
    }
  }
  const [s0, s1, s2, s3] = state;
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** state must not be all zero");
  return new Xoshiro128StarStar(s0 | 0, s1 | 0, s2 | 0, s3 | 0);
}

/**
 * The generator for chunk `index` of a run: seed's generator jumped `index` times.
 * Chunk streams are 2^64 draws apart, so they cannot overlap in practice. Costs 128 steps per jump.
 */
export function streamFor(seed: number | string, index: number): Xoshiro128 {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`stream index must be a non-negative integer, got ${index}`);
  }
  const rng = xoshiro128ss(seed);
  for (let i = 0; i < index; i++) rng.jump();
  return rng;
}
