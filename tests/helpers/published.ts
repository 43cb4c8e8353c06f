/**
 * Loads the published worked examples in tests/fixtures/published (see its README for every source).
 * The expected numbers there come from the papers and books, never from this code.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

export interface PublishedCriterion {
  name: string;
  direction: "benefit" | "cost";
  weight: number;
}

export interface PublishedExample {
  id: string;
  source: string;
  method: string;
  settings?: Record<string, unknown>;
  alternatives: string[];
  criteria: PublishedCriterion[];
  matrix: number[][];
  expected: {
    scores: (number | null)[] | null;
    ranking: string[];
    ties?: string[][];
    scoreDirection?: string;
    intermediate?: Record<string, unknown>;
    acceptableAdvantage?: boolean;
    acceptableStability?: boolean;
    compromiseSet?: string[];
    [key: string]: unknown;
  };
  tolerance: number;
  input?: Record<string, unknown>;
}

export function loadPublished(file: string): PublishedExample[] {
  const text = readFileSync(path.join(__dirname, "../fixtures/published", file), "utf8");
  const parsed = JSON.parse(text) as PublishedExample | PublishedExample[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** |actual - expected| <= tolerance (+1e-9 for the rounding of the printed bound itself), null = not published. */
export function expectClose(actual: readonly number[], expected: readonly (number | null)[], tolerance: number, label: string): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) return;
    const got = actual[i] ?? NaN;
    if (!(Math.abs(got - value) <= tolerance + 1e-9)) {
      throw new Error(`${label}[${i}]: expected ${value} +- ${tolerance}, got ${got}`);
    }
  });
}

/** The ranks must order the options as the source's ranking does, tied options sharing a rank. */
export function expectRankingOrder(ranks: readonly number[], alternatives: readonly string[], ranking: readonly string[], ties: readonly string[][] = []): void {
  const rankOf = (name: string): number => ranks[alternatives.indexOf(name)] ?? NaN;
  const tied = (a: string, b: string): boolean => ties.some((group) => group.includes(a) && group.includes(b));
  for (let k = 1; k < ranking.length; k++) {
    const before = ranking[k - 1] ?? "";
    const after = ranking[k] ?? "";
    if (tied(before, after)) expect(rankOf(before)).toBe(rankOf(after));
    else expect(rankOf(before)).toBeLessThan(rankOf(after));
  }
}
