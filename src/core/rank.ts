/**
 * Relative tolerance under which two scores tie: |a - b| <= TIE_TOLERANCE * max(1, |a|, |b|).
 * Scores computed along different paths (row order, summation order) differ by a few ulps; 1e-9 absorbs
 * that and nothing an analyst could mean.
 */
export const TIE_TOLERANCE = 1e-9;

export function scoresTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks as Excel's RANK.EQ gives them: 1 + the number of scores strictly better, so tied
 * options share the best of their ranks and the next rank is skipped (1, 2, 2, 4). Independent of input order.
 * @example rank([0.2, 0.9, 0.9, 0.1]) // [3, 1, 1, 4]
 */
export function rank(scores: readonly number[], higherIsBetter = true): number[] {
  const oriented = higherIsBetter ? scores : scores.map((s) => -s);
  const sorted = [...oriented].sort((a, b) => a - b);
  return oriented.map((score) => {
    // "strictly better than score" is monotone in the other score, so the better ones form a suffix.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = sorted[mid] ?? 0;
      if (other > score && !scoresTie(score, other)) hi = mid;
      else lo = mid + 1;
    }
    return sorted.length - lo + 1;
  });
}
