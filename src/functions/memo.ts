/**
 * PIVOT.* results memoised by the content of their inputs, so 1,000 cells over one table run the engine
 * once; Excel recalculates each formula on its own and passes each its ranges afresh.
 */
import type { Output } from "./output";


/** At most this many results, holding at most MEMO_CELLS input cells between them. */
const MEMO_SIZE = 256;
const MEMO_CELLS = 2_000_000;
let memoCells = 0;
/** Entries by a hash of their inputs; a hit is confirmed by comparing the inputs themselves. */
const memo = new Map<string, { inputs: unknown[]; value: unknown; cells: number }>();

function countCells(value: unknown): number {
  return Array.isArray(value) ? value.reduce((t: number, v) => t + countCells(v), 0) : 1;
}
let engineRuns = 0;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * A 64-bit hash (two 32-bit lanes, FNV-1a style mixing with Math.imul) of an argument tree: numbers by
 * their bits, strings by their UTF-16 units. Much cheaper than JSON.stringify, which must print every
 * double; collisions are harmless because a hit is confirmed with sameInputs.
 */
function hashInputs(value: unknown): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (x: number): void => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 15);
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      mix(0x5b ^ v.length);
      for (const item of v) walk(item);
      mix(0x5d);
    } else if (typeof v === "number") {
      f64[0] = v;
      mix(1);
      mix(u32[0] as number);
      mix(u32[1] as number);
    } else if (typeof v === "string") {
      mix(2 ^ (v.length << 8));
      for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
    } else if (typeof v === "boolean") mix(v ? 3 : 4);
    else if (v === null || v === undefined) mix(5);
    else {
      const text = JSON.stringify(v) ?? "";
      mix(6);
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    }
  };
  walk(value);
  return `${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

function sameInputs(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameInputs(item, y[i]));
  if (typeof x === "number" && typeof y === "number") return Object.is(x, y);
  if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) return JSON.stringify(x) === JSON.stringify(y);
  return false;
}

export function memoised<T>(inputs: unknown[], compute: () => T): T {
  const key = hashInputs(inputs);
  const entry = memo.get(key);
  if (entry && sameInputs(entry.inputs, inputs)) {
    memo.delete(key);
    memo.set(key, entry);
    return entry.value as T;
  }
  engineRuns++;
  const value = compute();
  // Keep a copy of the inputs: Excel may reuse the arrays it passed.
  const cells = countCells(inputs);
  const old = memo.get(key);
  if (old) {
    memo.delete(key);
    memoCells -= old.cells;
  }
  memo.set(key, { inputs: structuredCopy(inputs), value, cells });
  memoCells += cells;
  while (memo.size > 1 && (memo.size > MEMO_SIZE || memoCells > MEMO_CELLS)) {
    const oldest = memo.keys().next().value as string;
    memoCells -= memo.get(oldest)?.cells ?? 0;
    memo.delete(oldest);
  }
  return value;
}

function structuredCopy(value: unknown): unknown[] {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v))) as unknown[];
}

/** How many times the engine actually ran (memo misses): for tests and the benchmark. */
export function engineRunCount(): number {
  return engineRuns;
}
export function clearMemo(): void {
  memo.clear();
  memoCells = 0;
}

/** A fresh copy of a memoised table, so a caller changing what it got cannot change later answers. */
export function copyOut(out: Output): Output {
  return Array.isArray(out) ? out.map((row) => [...row]) : out;
}
