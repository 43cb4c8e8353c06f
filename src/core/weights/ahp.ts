import { cellText, isBlank, type Cell } from "../cells";
import type { WeightIssue } from "../issues";
import { parseDecimal } from "../scales/decimal";
import type { Result } from "../result";

/**
 * Random consistency indices by matrix size (index = n), Saaty (1980), "The Analytic Hierarchy Process",
 * table 1.7 (n = 1..10), as reprinted in Saaty (1990), EJOR 48(1), p. 13.
 */
export const RANDOM_INDEX: Readonly<Record<string, readonly number[]>> = {
  saaty: [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49],
};
export type RandomIndexTable = keyof typeof RANDOM_INDEX;

/** Saaty's threshold: a consistency ratio above 0.10 calls for revising the judgements. */
export const CONSISTENCY_THRESHOLD = 0.1;

export interface AhpPriorities {
  readonly ok: true;
  readonly weights: number[];
  readonly lambdaMax: number;
  /** CI = (lambda_max - n) / (n - 1); 0 for n <= 2. */
  readonly ci: number;
  /** CR = CI / RI(n); null when the table has no RI for n. 0 for n <= 2. */
  readonly cr: number | null;
  readonly randomIndex: number | null;
  readonly randomIndexTable: RandomIndexTable;
  readonly issues: WeightIssue[];
}
export type AhpResult = AhpPriorities | { readonly ok: false; readonly issues: WeightIssue[] };

/** Judgements typed by hand: 3, "3", "1/3", 0.333. */
function judgement(raw: Cell): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const fraction = /^\s*(\S+)\s*\/\s*(\S+)\s*$/.exec(raw);
  if (fraction) {
    const top = parseDecimal(fraction[1] ?? "");
    const bottom = parseDecimal(fraction[2] ?? "");
    return top !== null && bottom !== null && bottom !== 0 ? top / bottom : null;
  }
  return parseDecimal(raw);
}

/** |a_ij a_ji - 1| within this counts as reciprocal, so 0.33 against 3 passes. */
const RECIPROCAL_TOLERANCE = 0.02;

/**
 * Reads a pairwise comparison matrix. Blanks below the diagonal (or above, but not both) and on the
 * diagonal are filled as reciprocals / ones; every judgement must be positive and a_ji = 1 / a_ij.
 */
export function readPairwise(cells: readonly (readonly Cell[])[]): Result<{ matrix: number[][] }, WeightIssue> {
  const n = cells.length;
  const issues: WeightIssue[] = [];
  for (const row of cells) if (row.length !== n) return { ok: false, issues: [{ code: "pairwise-not-square", rows: n, columns: row.length }] };
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const raw = cells[i]?.[j];
      const mirror = cells[j]?.[i];
      const row = matrix[i] ?? [];
      if (isBlank(raw)) {
        if (i === j) row[j] = 1;
        else if (isBlank(mirror)) issues.push({ code: "pairwise-unreadable", row: i, column: j, raw: "" });
        continue;
      }
      const value = judgement(raw);
      if (value === null) issues.push({ code: "pairwise-unreadable", row: i, column: j, raw: cellText(raw) });
      else if (value <= 0) issues.push({ code: "pairwise-not-positive", row: i, column: j, value });
      else row[j] = value;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const row = matrix[i] ?? [];
      if (Number.isNaN(row[j] ?? NaN)) row[j] = 1 / (matrix[j]?.[i] ?? 1);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const a = matrix[i]?.[j] ?? 1;
      const b = matrix[j]?.[i] ?? 1;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) issues.push({ code: "pairwise-not-reciprocal", row: j, column: i, value: b, expected: 1 / a });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, matrix };
}

/**
 * AHP priorities (Saaty 1977, "A scaling method for priorities in hierarchical structures", J. Math.
 * Psych. 15): the principal right eigenvector of the pairwise matrix, scaled to sum 1, found by power
 * iteration; lambda_max = mean_i (A w)_i / w_i, CI = (lambda_max - n) / (n - 1), CR = CI / RI(n).
 * A CR above {@link CONSISTENCY_THRESHOLD} is reported as an issue, not refused.
 */
export function ahpWeights(cells: readonly (readonly Cell[])[], table: RandomIndexTable = "saaty"): AhpResult {
  const read = readPairwise(cells);
  if (!read.ok) return read;
  const a = read.matrix;
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = a.map((row) => row.reduce((t, x, j) => t + x * (w[j] ?? 0), 0));
    const total = next.reduce((t, x) => t + x, 0);
    const scaled = next.map((x) => x / total);
    const change = scaled.reduce((t, x, i) => Math.max(t, Math.abs(x - (w[i] ?? 0))), 0);
    w = scaled;
    if (change < 1e-15) break;
  }
  const aw = a.map((row) => row.reduce((t, x, j) => t + x * (w[j] ?? 0), 0));
  const lambdaMax = n > 0 ? aw.reduce((t, x, i) => t + x / (w[i] ?? 1), 0) / n : 0;
  const ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[table]?.[n];
  const issues: WeightIssue[] = [];
  let cr: number | null;
  if (n <= 2) cr = 0;
  else if (ri === undefined || ri <= 0) {
    cr = null;
    issues.push({ code: "random-index-unavailable", size: n, table });
  } else cr = ci / ri;
  if (cr !== null && cr > CONSISTENCY_THRESHOLD) issues.push({ code: "pairwise-inconsistent", ratio: cr, threshold: CONSISTENCY_THRESHOLD });
  return { ok: true, weights: w, lambdaMax, ci, cr, randomIndex: ri ?? null, randomIndexTable: table, issues };
}

export interface AhpHierarchyResult {
  readonly ok: true;
  readonly criteria: AhpPriorities;
  /** Local priorities of the alternatives under each criterion. */
  readonly local: AhpPriorities[];
  /** Global priorities: sum_c w_c p_c(a). */
  readonly global: number[];
  readonly issues: WeightIssue[];
}

/**
 * A two-level hierarchy: criteria compared pairwise, then the alternatives under each criterion; the
 * global priority is the criteria-weighted sum of the local ones (distributive synthesis, Saaty 1980).
 */
export function ahpHierarchy(
  criteria: readonly (readonly Cell[])[],
  alternatives: readonly (readonly (readonly Cell[])[])[],
  table: RandomIndexTable = "saaty",
): AhpHierarchyResult | { readonly ok: false; readonly issues: WeightIssue[] } {
  const top = ahpWeights(criteria, table);
  if (!top.ok) return top;
  if (alternatives.length !== top.weights.length) return { ok: false, issues: [{ code: "weights-length-mismatch", expected: top.weights.length, received: alternatives.length }] };
  const local: AhpPriorities[] = [];
  for (const matrix of alternatives) {
    const result = ahpWeights(matrix, table);
    if (!result.ok) return result;
    local.push(result);
  }
  const size = local[0]?.weights.length ?? 0;
  const odd = local.findIndex((l) => l.weights.length !== size);
  if (odd >= 0) return { ok: false, issues: [{ code: "hierarchy-size-mismatch", criterion: odd, expected: size, received: local[odd]?.weights.length ?? 0 }] };
  const global = Array.from({ length: size }, (_, i) => local.reduce((t, l, c) => t + (top.weights[c] ?? 0) * (l.weights[i] ?? 0), 0));
  return { ok: true, criteria: top, local, global, issues: [...top.issues, ...local.flatMap((l) => l.issues)] };
}
