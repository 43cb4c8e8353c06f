/**
 * The simulation's settings that every front end reads the same way: how many draws, and the seed. Kept
 * apart from the schemas (model.ts) so a front end can take them without zod.
 */
/** The draws a simulation may make: the one bound every front end checks against. */
export const MIN_DRAWS = 1;
export const MAX_DRAWS = 1_000_000;
export const validDraws = (draws: number): boolean => Number.isInteger(draws) && draws >= MIN_DRAWS && draws <= MAX_DRAWS;
/** Draws when nobody said how many: every front end's default. */
export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 1;
export const SEED_MIN = -(2 ** 31);
export const SEED_LIMIT = 2 ** 32;

/**
 * A seed as any front end receives it (a JSON value, a cell, a flag, a settings text), by one rule: a
 * whole number in [-2^31, 2^32), written as a number or as digits, is that number; anything else is its
 * text (trimmed), which the generator hashes. So "1234567890" seeds the same stream from a file, a
 * cell and the command line.
 */
export function parseSeed(raw: string | number | boolean): number | string {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= SEED_MIN && raw < SEED_LIMIT ? raw : String(raw);
  const text = String(raw).trim();
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isSafeInteger(n) && n >= SEED_MIN && n < SEED_LIMIT) return n;
  }
  return text;
}
