/**
 * Column normalisations. Two forms:
 * - {@link normalizeRaw}: the textbook formula on the values as they are; methods such as TOPSIS and
 *   MOORA then treat cost criteria themselves (ideal = minimum, or subtraction).
 * - {@link normalizeOriented}: benefit-oriented (larger is better) using each normalisation's usual cost
 *   form, as additive methods need:
 *     min-max  benefit (x - min) / (max - min)      cost (max - x) / (max - min)
 *     max      benefit x / max                      cost min / x          (Hwang & Yoon 1981, linear scale)
 *     sum      benefit x / sum(x)                   cost (1/x) / sum(1/x)
 *     vector   benefit x / sqrt(sum x^2)            cost 1 - x / sqrt(sum x^2)   (Jahan & Edwards 2015)
 *     none     benefit x                            cost -x
 * A constant column normalises to the same value for every option (0 for min-max), so it moves no score
 * relative to another. Where a ratio form is undefined (a negative value, or a zero on a cost criterion,
 * under max or sum), the column falls back to min-max and the caller reports it.
 */
export const NORMALIZATIONS = ["min-max", "vector", "sum", "max", "none"] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];
export type Direction = "benefit" | "cost";

export interface NormalizedColumn {
  readonly values: number[];
  /** Set when the requested normalisation was undefined for this column and min-max was used instead. */
  readonly fallback?: "min-max";
}

function minMax(column: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const x of column) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

function sum(column: readonly number[]): number {
  let total = 0;
  for (const x of column) total += x;
  return total;
}

function euclidean(column: readonly number[]): number {
  let squares = 0;
  for (const x of column) squares += x * x;
  return Math.sqrt(squares);
}

function minMaxOriented(column: readonly number[], direction: Direction): number[] {
  const { min, max } = minMax(column);
  const span = max - min;
  if (!(span > 0)) return column.map(() => 0);
  return column.map((x) => (direction === "benefit" ? (x - min) / span : (max - x) / span));
}

export function normalizeOriented(column: readonly number[], kind: Normalization, direction: Direction): NormalizedColumn {
  const { min, max } = minMax(column);
  switch (kind) {
    case "min-max":
      return { values: minMaxOriented(column, direction) };
    case "max":
      if (direction === "benefit" ? !(min >= 0 && max > 0) : !(min > 0)) return { values: minMaxOriented(column, direction), fallback: "min-max" };
      return { values: column.map((x) => (direction === "benefit" ? x / max : min / x)) };
    case "sum": {
      if (direction === "benefit" ? !(min >= 0 && max > 0) : !(min > 0)) return { values: minMaxOriented(column, direction), fallback: "min-max" };
      if (direction === "benefit") {
        const total = sum(column);
        return { values: column.map((x) => x / total) };
      }
      const inverseTotal = sum(column.map((x) => 1 / x));
      return { values: column.map((x) => 1 / x / inverseTotal) };
    }
    case "vector": {
      const norm = euclidean(column);
      if (!(norm > 0)) return { values: column.map(() => 0) };
      return { values: column.map((x) => (direction === "benefit" ? x / norm : 1 - x / norm)) };
    }
    case "none":
      return { values: column.map((x) => (direction === "benefit" ? x : -x)) };
  }
}

/** The textbook formula without orientation; a zero denominator yields zeros, never NaN. */
export function normalizeRaw(column: readonly number[], kind: Normalization): number[] {
  switch (kind) {
    case "min-max": {
      const { min, max } = minMax(column);
      const span = max - min;
      return column.map((x) => (span > 0 ? (x - min) / span : 0));
    }
    case "max": {
      const { max } = minMax(column.map(Math.abs));
      return column.map((x) => (max > 0 ? x / max : 0));
    }
    case "sum": {
      const total = sum(column);
      return column.map((x) => (total !== 0 ? x / total : 0));
    }
    case "vector": {
      const norm = euclidean(column);
      return column.map((x) => (norm > 0 ? x / norm : 0));
    }
    case "none":
      return [...column];
  }
}

/** Column j of a row-major matrix. */
export function columnOf(matrix: readonly (readonly number[])[], j: number): number[] {
  return matrix.map((row) => row[j] ?? 0);
}

/** Rebuilds a row-major matrix from columns. */
export function fromColumns(columns: readonly (readonly number[])[], rows: number): number[][] {
  return Array.from({ length: rows }, (_, i) => columns.map((column) => column[i] ?? 0));
}
