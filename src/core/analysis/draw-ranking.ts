/**
 * Orders one draw's utilities fast enough for Monte Carlo (10^4 draws x 10^2 options), with no
 * allocation per draw. A bucket pass on the value (monotone: a larger value never lands in a lower
 * bucket, equal values share one) leaves the order nearly sorted, and an insertion pass finishes it, so
 * the result is exactly the order a comparison sort gives. Typical cost O(m); a draw whose values
 * crowd into one bucket degrades to insertion sort, O(m^2).
 */
export class DrawRanker {
  /** Option indexes in ascending order of utility after sort(); ties keep index order. */
  readonly order: Int32Array;
  /** The utilities in that order. */
  readonly sorted: Float64Array;
  private readonly bucket: Int32Array;
  private readonly cursor: Int32Array;
  private readonly buckets: number;

  constructor(readonly size: number) {
    this.order = new Int32Array(size);
    this.sorted = new Float64Array(size);
    this.bucket = new Int32Array(size);
    this.buckets = Math.max(8, size);
    this.cursor = new Int32Array(this.buckets + 1);
  }

  sort(u: Float64Array): void {
    const m = this.size;
    const order = this.order;
    const sorted = this.sorted;
    const bucket = this.bucket;
    const cursor = this.cursor;
    const B = this.buckets;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < m; i++) {
      const x = u[i] as number;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const scale = (B - 1) / (max - min);
    cursor.fill(0);
    if (max > min && Number.isFinite(scale)) {
      for (let i = 0; i < m; i++) {
        // In [0, B - 1] up to rounding, so the truncation is the floor.
        let b = (((u[i] as number) - min) * scale) | 0;
        if (b > B - 1) b = B - 1;
        bucket[i] = b;
        cursor[b + 1] = (cursor[b + 1] as number) + 1;
      }
    } else {
      bucket.fill(0);
      cursor[1] = m;
    }
    for (let b = 0; b < B; b++) cursor[b + 1] = (cursor[b + 1] as number) + (cursor[b] as number);
    for (let i = 0; i < m; i++) {
      const b = bucket[i] as number;
      const at = cursor[b] as number;
      order[at] = i;
      sorted[at] = u[i] as number;
      cursor[b] = at + 1;
    }
    for (let k = 1; k < m; k++) {
      const v = sorted[k] as number;
      if ((sorted[k - 1] as number) <= v) continue;
      const x = order[k] as number;
      let j = k - 1;
      while (j >= 0 && (sorted[j] as number) > v) {
        sorted[j + 1] = sorted[j] as number;
        order[j + 1] = order[j] as number;
        j--;
      }
      sorted[j + 1] = v;
      order[j + 1] = x;
    }
  }
}
