/**
 * Weights from an importance ranking of criteria (1 = most important; tied criteria share the average
 * of the weights of the positions they occupy).
 * - Rank-order centroid (Barron & Barrett 1996, "Decision quality using ranked attribute weights",
 *   Management Science 42(11)): w_k = (1/n) sum_{i=k}^{n} 1/i.
 * - Rank sum (Stillwell, Seaver & Edwards 1981): w_k = 2 (n + 1 - k) / (n (n + 1)).
 * @example rankOrderCentroid([1, 2, 3]) // [0.6111, 0.2778, 0.1111]
 */
export function rankOrderCentroid(ranks: readonly number[]): number[] {
  const n = ranks.length;
  const byPosition = Array.from({ length: n }, (_, k) => {
    let total = 0;
    for (let i = k + 1; i <= n; i++) total += 1 / i;
    return total / n;
  });
  return spreadTies(ranks, byPosition);
}

export function rankSum(ranks: readonly number[]): number[] {
  const n = ranks.length;
  const byPosition = Array.from({ length: n }, (_, k) => (2 * (n - k)) / (n * (n + 1)));
  return spreadTies(ranks, byPosition);
}

/** Orders criteria by rank and gives tied criteria the mean weight of the positions they take together. */
function spreadTies(ranks: readonly number[], byPosition: readonly number[]): number[] {
  const order = ranks.map((r, j) => ({ r, j })).sort((a, b) => a.r - b.r || a.j - b.j);
  const weights = new Array<number>(ranks.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.r === order[start]?.r) end++;
    let total = 0;
    for (let k = start; k <= end; k++) total += byPosition[k] ?? 0;
    for (let k = start; k <= end; k++) weights[order[k]?.j ?? 0] = total / (end - start + 1);
    start = end + 1;
  }
  return weights;
}
