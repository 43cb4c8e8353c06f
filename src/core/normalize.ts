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
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

function sum(column: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < column.length; i++) total += column[i] as number;
  return total;
}

function euclidean(column: readonly number[]): number {
  let squares = 0;
  for (let i = 0; i < column.length; i++) squares += (column[i] as number) ** 2;
  return Math.sqrt(squares);
}

/**
 * base + sign * (x - shift) / divisor for every x: the form most normalisations take, in one tight loop.
 * Dividing (rather than multiplying by 1 / divisor) keeps a subnormal divisor from overflowing to Infinity.
 */
function linear(column: readonly number[], shift: number, divisor: number, sign = 1, base = 0): number[] {
  const out = new Array<number>(column.length);
  for (let i = 0; i < column.length; i++) out[i] = base + (sign * ((column[i] as number) - shift)) / divisor;
  return out;
}

const zeros = (column: readonly number[]): number[] => new Array<number>(column.length).fill(0);

function minMaxOriented(column: readonly number[], direction: Direction): number[] {
  const { min, max } = minMax(column);
  const span = max - min;
  if (!(span > 0)) return zeros(column);
  return direction === "benefit" ? linear(column, min, span) : linear(column, max, span, -1);
}

export function normalizeOriented(column: readonly number[], kind: Normalization, direction: Direction): NormalizedColumn {
  const { min, max } = minMax(column);
  const ratioUndefined = direction === "benefit" ? !(min >= 0 && max > 0) : !(min > 0);
  switch (kind) {
    case "min-max":
      return { values: minMaxOriented(column, direction) };
    case "max":
      if (ratioUndefined) return { values: minMaxOriented(column, direction), fallback: "min-max" };
      return { values: direction === "benefit" ? linear(column, 0, max) : column.map((x) => min / x) };
    case "sum": {
      if (ratioUndefined) return { values: minMaxOriented(column, direction), fallback: "min-max" };
      if (direction === "benefit") return { values: linear(column, 0, sum(column)) };
      const inverseTotal = sum(column.map((x) => 1 / x));
      return { values: column.map((x) => 1 / x / inverseTotal) };
    }
    case "vector": {
      const norm = euclidean(column);
      if (!(norm > 0)) return { values: zeros(column) };
      return { values: direction === "benefit" ? linear(column, 0, norm) : linear(column, 0, norm, -1, 1) };
    }
    case "none":
      return { values: direction === "benefit" ? linear(column, 0, 1) : linear(column, 0, 1, -1) };
  }
}

/** The textbook formula without orientation; a zero denominator yields zeros, never NaN. */
export function normalizeRaw(column: readonly number[], kind: Normalization): number[] {
  switch (kind) {
    case "min-max": {
      const { min, max } = minMax(column);
      const span = max - min;
      return span > 0 ? linear(column, min, span) : zeros(column);
    }
    case "max": {
      const { min, max } = minMax(column);
      const largest = Math.max(Math.abs(min), Math.abs(max));
      return largest > 0 ? linear(column, 0, largest) : zeros(column);
    }
    case "sum": {
      // Sum of magnitudes, so a column of negative values keeps its order.
      let total = 0;
      for (let i = 0; i < column.length; i++) total += Math.abs(column[i] as number);
      return total > 0 ? linear(column, 0, total) : zeros(column);
    }
    case "vector": {
      const norm = euclidean(column);
      return norm > 0 ? linear(column, 0, norm) : zeros(column);
    }
    case "none":
      return linear(column, 0, 1);
  }
}

/** Column j of a row-major matrix. */
export function columnOf(matrix: readonly (readonly number[])[], j: number): number[] {
  const out = new Array<number>(matrix.length);
  for (let i = 0; i < matrix.length; i++) out[i] = matrix[i]?.[j] ?? 0;
  return out;
}

/** Rebuilds a row-major matrix from columns. */
export function fromColumns(columns: readonly (readonly number[])[], rows: number): number[][] {
  return Array.from({ length: rows }, (_, i) => columns.map((column) => column[i] ?? 0));
}
