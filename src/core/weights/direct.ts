import type { TableIssue, WeightIssue } from "../issues";
import type { Result } from "../result";

export type WeightsResult = Result<{ readonly weights: number[]; readonly issues: WeightIssue[] }, WeightIssue | TableIssue>;

/**
 * Direct weights scaled to sum to 1. Negative, non-finite or all-zero weights are refused with an issue
 * naming the criterion. No weight at all means equal weights; some weights but not all is refused.
 */
export function normalizeWeights(criteria: readonly string[], raw: readonly (number | undefined)[]): WeightsResult {
  if (raw.length !== criteria.length) return { ok: false, issues: [{ code: "weights-length-mismatch", expected: criteria.length, received: raw.length }] };
  if (raw.every((w) => w === undefined)) return { ok: true, weights: criteria.map(() => 1 / criteria.length), issues: [] };
  const issues: WeightIssue[] = [];
  raw.forEach((w, j) => {
    const criterion = criteria[j] ?? "";
    if (w === undefined) issues.push({ code: "weight-missing", criterion });
    else if (!Number.isFinite(w)) issues.push({ code: "weight-not-finite", criterion });
    else if (w < 0) issues.push({ code: "weight-negative", criterion, weight: w });
  });
  if (issues.length > 0) return { ok: false, issues };
  const values = raw.map((w) => w ?? 0);
  const total = values.reduce((t, w) => t + w, 0);
  if (!(total > 0)) return { ok: false, issues: [{ code: "weights-all-zero" }] };
  return { ok: true, weights: values.map((w) => w / total), issues: [] };
}
