import { rank, scoresTie } from "../rank";
import { movedWeights, weightEvaluator, type ScoringModel, type WeightEvaluator } from "./evaluator";

/**
 * Weight sensitivity, one weight at a time, the others rescaled in proportion (see movedWeights).
 *
 * Where scores are linear in the weights (weighted sum, MOORA, PROMETHEE II), each option's score is a
 * straight line in the moving weight x, u_i(x) = x c_ik + (1 - x) b_i, and every crossing is exact.
 * Otherwise (TOPSIS, VIKOR, WPM, COPRAS) the scores are evaluated on a grid of SWEEP_STEPS + 1 weights
 * (plus the current one) and each change of order found between grid points is located by bisection to
 * ROOT_TOLERANCE. A pair that crosses twice within one grid step (2 x 0.005) is not seen: that is the
 * stated resolution of the non-linear case.
 *
 * "Better" is strict: two options whose scores tie (rank.ts, TIE_TOLERANCE) are not ordered, so a bound
 * is the weight at which the challenger draws level. Options tied now are not a pair that can swap.
 */
export const ROOT_TOLERANCE = 1e-9;
export const SWEEP_STEPS = 200;

export interface Bound {
  /** The weight (of the moving criterion, in the rescaled sum-1 weights) at which the order first changes. */
  readonly weight: number;
  /** The option that loses its place there, and the one that draws level with it. */
  readonly overtaken: string;
  readonly challenger: string;
}

export interface Interval {
  /** Lowest and highest weight keeping the property; 0 and 1 when it holds over the whole range. */
  readonly low: number;
  readonly high: number;
  /** What happens just beyond each end; absent when the end is 0 or 1 and nothing changes. */
  readonly lowBound?: Bound;
  readonly highBound?: Bound;
  /**
   * Set on an end beyond which the method itself is undefined (WPM or COPRAS once a zero value gets
   * weight): the interval stops there without a challenger.
   */
  readonly lowUndefined?: true;
  readonly highUndefined?: true;
}

export interface StabilityInterval {
  readonly criterion: string;
  readonly weight: number;
  /** The weight range over which the top choice stays the top choice. */
  readonly top: Interval;
  /** The weight range over which the whole ranking stays the same. */
  readonly ranking: Interval;
}

/**
 * The smallest change of one criterion's weight that makes `worse` draw level with `better`
 * (Triantaphyllou & Sanchez 1997, "A sensitivity analysis approach for some deterministic multi-criteria
 * decision-making methods", Decision Sciences 28(1)). `delta` is their absolute change: w_k + delta with
 * the other weights held, which gives the same order as the rescaled weights `weight`; `relative` is
 * delta / w_k (their percentage / 100), absent when w_k is 0.
 */
export interface PairSwap {
  readonly better: string;
  readonly worse: string;
  readonly criterion: string;
  /** The criterion's weight (rescaled, sum 1) at which the pair ties. */
  readonly weight: number;
  readonly delta: number;
  readonly relative?: number;
}

export interface CriticalCriterion {
  /** Smallest |delta| (T&S "absolute") and smallest |relative| (T&S "percent") change, with the pair it swaps. */
  readonly absolute?: PairSwap;
  readonly relative?: PairSwap;
}

export interface SpiderPoint {
  readonly weight: number;
  /** The score (the method's own, not oriented) of each plotted option at this weight, in the series' `options` order. */
  readonly scores: readonly number[];
  /** Their ranks among all options at this weight. */
  readonly ranks: readonly number[];
}

export interface SpiderSeries {
  readonly criterion: string;
  readonly weight: number;
  /** The options plotted, in the order of each point's scores and ranks: all up to 30 options, else the ten best. */
  readonly options: readonly string[];
  /** Sorted by weight: 0, every 0.05, the current weight and each weight where two options' ranks cross (beyond 30 options, two of the ten best). */
  readonly points: readonly SpiderPoint[];
}

export interface WeightSensitivity {
  /**
   * The options sharing first place, when more than one does: then any weight change that separates
   * them changes the top choice, and every `top` interval is the current weight alone.
   */
  readonly tiedForFirst?: readonly string[];
  /** True when every bound is exact (linear methods); otherwise found by bisection to ROOT_TOLERANCE. */
  readonly exact: boolean;
  readonly tolerance: number;
  readonly intervals: readonly StabilityInterval[];
  /** For each pair (better ranked first) and criterion, the nearest weight change that swaps them, if any. */
  readonly swaps: readonly PairSwap[];
  /** The most critical criterion for the top choice (pairs involving it) and for any rank (every pair). */
  readonly critical: { readonly top: CriticalCriterion; readonly any: CriticalCriterion };
  readonly spider: readonly SpiderSeries[];
  /** Which pairs `swaps` covers: all of them, or (on large problems, by default) those involving the top choice. */
  readonly pairs: "all" | "top";
}

export interface WeightSensitivitySettings {
  /** "all" pairs (the default up to 30 options) or only those involving the top choice. */
  readonly pairs?: "all" | "top";
  /** Spider data (default true). */
  readonly spider?: boolean;
}

type Side = "below" | "above";

/** One criterion's weight swept over [0, 1]: utilities at any weight and where two options cross. */
interface Sweep {
  readonly w0: number;
  /** Utilities at weight x; null where the method is undefined. */
  at(x: number): Float64Array | null;
  /** The nearest weight on `side` beyond which the method is undefined, if any (non-linear methods only). */
  limit(side: Side): number | undefined;
  /** The nearest weight on `side` of w0 where a (better at w0) stops being strictly better than b. */
  crossing(a: number, b: number, side: Side): number | undefined;
  /** Every weight in [0, 1] where the order of a and b changes (approximate between grid points when non-linear). */
  allCrossings(a: number, b: number): number[];
}

const better = (ua: number, ub: number): boolean => ua > ub && !scoresTie(ua, ub);

function linearSweep(evaluator: WeightEvaluator, coefficients: Float64Array, weights: readonly number[], k: number): Sweep {
  const { m, n } = evaluator;
  const w0 = weights[k] ?? 0;
  // u_i(x) = x c_ik + (1 - x) b_i, b_i = u_i with all weight on the other criteria in their proportions.
  const c = new Float64Array(m);
  for (let i = 0; i < m; i++) c[i] = coefficients[i * n + k] as number;
  const b = evaluator.utilities(movedWeights(weights, k, 0)) ?? new Float64Array(m);
  const root = (i: number, l: number): number | undefined => {
    const slope = (c[i] as number) - (c[l] as number) - ((b[i] as number) - (b[l] as number));
    if (slope === 0) return undefined;
    const x = -((b[i] as number) - (b[l] as number)) / slope;
    return x >= 0 && x <= 1 ? x : undefined;
  };
  return {
    w0,
    limit: () => undefined,
    at: (x) => {
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) out[i] = x * (c[i] as number) + (1 - x) * (b[i] as number);
      return out;
    },
    crossing(a, l, side) {
      const x = root(a, l);
      if (x === undefined) return undefined;
      return side === "above" ? (x > w0 ? x : undefined) : x < w0 ? x : undefined;
    },
    allCrossings(a, l) {
      const x = root(a, l);
      return x === undefined ? [] : [x];
    },
  };
}

function gridSweep(evaluator: WeightEvaluator, weights: readonly number[], k: number): Sweep {
  const w0 = weights[k] ?? 0;
  const xs: number[] = [];
  for (let g = 0; g <= SWEEP_STEPS; g++) xs.push(g / SWEEP_STEPS);
  if (!xs.includes(w0)) xs.push(w0);
  xs.sort((p, q) => p - q);
  const at = (x: number): Float64Array | null => evaluator.utilities(movedWeights(weights, k, x));
  const grid = xs.map(at);
  const start = xs.indexOf(w0);
  // The method may be undefined beyond some weight (WPM, COPRAS): the sweep stops at the first such point.
  const limits = { below: undefined as number | undefined, above: undefined as number | undefined, belowIndex: -1, aboveIndex: xs.length };
  for (let g = start - 1; g >= 0; g--) {
    if (grid[g]) continue;
    limits.belowIndex = g;
    limits.below = edge(xs[g + 1] ?? w0, xs[g] ?? 0, (x) => at(x) !== null);
    break;
  }
  for (let g = start + 1; g < xs.length; g++) {
    if (grid[g]) continue;
    limits.aboveIndex = g;
    limits.above = edge(xs[g - 1] ?? w0, xs[g] ?? 1, (x) => at(x) !== null);
    break;
  }
  const utility = (g: number, i: number): number => grid[g]?.[i] ?? 0;
  return {
    w0,
    at,
    limit: (side) => (side === "above" ? limits.above : limits.below),
    crossing(a, b, side) {
      const step = side === "above" ? 1 : -1;
      const stop = side === "above" ? limits.aboveIndex : limits.belowIndex;
      for (let g = start + step; g !== stop && g >= 0 && g < xs.length; g += step) {
        if (!better(utility(g, a), utility(g, b))) {
          return edge(xs[g - step] ?? w0, xs[g] ?? w0, (x) => {
            const u = at(x);
            return u !== null && better(u[a] ?? 0, u[b] ?? 0);
          });
        }
      }
      return undefined;
    },
    allCrossings(a, b) {
      const out: number[] = [];
      for (let g = 1; g < xs.length; g++) {
        if (!grid[g - 1] || !grid[g]) continue;
        const d0 = utility(g - 1, a) - utility(g - 1, b);
        const d1 = utility(g, a) - utility(g, b);
        if (d0 === 0 || Math.sign(d0) === Math.sign(d1)) continue;
        const x0 = xs[g - 1] ?? 0;
        const x1 = xs[g] ?? 0;
        out.push(x0 + ((x1 - x0) * d0) / (d0 - d1));
      }
      return out;
    },
  };
}

/** Bisects [inside, outside] (holds at inside, fails at outside) to ROOT_TOLERANCE for where `holds` stops. */
function edge(inside: number, outside: number, holds: (x: number) => boolean): number {
  let good = inside;
  let bad = outside;
  while (Math.abs(bad - good) > ROOT_TOLERANCE) {
    const mid = (good + bad) / 2;
    if (holds(mid)) good = mid;
    else bad = mid;
  }
  return (good + bad) / 2;
}

/** Option pairs (a better than b at the current weights) whose order decides a property. */
function orderedGroups(ranks: readonly number[]): number[][] {
  const byRank = new Map<number, number[]>();
  ranks.forEach((r, i) => byRank.set(r, [...(byRank.get(r) ?? []), i]));
  return [...byRank.entries()].sort((p, q) => p[0] - q[0]).map(([, members]) => members);
}

function pairsBetween(upper: readonly number[], lower: readonly number[]): [number, number][] {
  return upper.flatMap((a) => lower.map((b): [number, number] => [a, b]));
}

function interval(sweep: Sweep, pairs: readonly [number, number][], names: readonly string[]): Interval {
  const lowLimit = sweep.limit("below");
  const highLimit = sweep.limit("above");
  let low = lowLimit ?? 0;
  let high = highLimit ?? 1;
  let lowBound: Bound | undefined;
  let highBound: Bound | undefined;
  for (const [a, b] of pairs) {
    const below = sweep.crossing(a, b, "below");
    if (below !== undefined && below >= low) {
      low = below;
      lowBound = { weight: below, overtaken: names[a] ?? "", challenger: names[b] ?? "" };
    }
    const above = sweep.crossing(a, b, "above");
    if (above !== undefined && above <= high) {
      high = above;
      highBound = { weight: above, overtaken: names[a] ?? "", challenger: names[b] ?? "" };
    }
  }
  return {
    low,
    high,
    ...(lowBound ? { lowBound } : lowLimit !== undefined ? { lowUndefined: true as const } : {}),
    ...(highBound ? { highBound } : highLimit !== undefined ? { highUndefined: true as const } : {}),
  };
}

function swapFor(sweep: Sweep, a: number, b: number, criterion: string, names: readonly string[]): PairSwap | undefined {
  const w0 = sweep.w0;
  // Holding the other weights at their current values, w_k + delta rescales to x: delta = (x - w0) / (1 - x).
  // delta grows with x, so the nearest crossing on each side is that side's smallest change; of the two
  // sides, the smaller |delta| wins (T&S measure the change in w_k, not in the rescaled weight).
  const candidates = [sweep.crossing(a, b, "below"), sweep.crossing(a, b, "above")]
    .filter((x): x is number => x !== undefined && x < 1)
    .map((x) => ({ x, delta: (x - w0) / (1 - x) }));
  if (candidates.length === 0) return undefined;
  const { x, delta } = candidates.reduce((best, c) => (Math.abs(c.delta) < Math.abs(best.delta) ? c : best));
  return { better: names[a] ?? "", worse: names[b] ?? "", criterion, weight: x, delta, ...(w0 > 0 ? { relative: delta / w0 } : {}) };
}

function mostCritical(swaps: readonly PairSwap[]): CriticalCriterion {
  let absolute: PairSwap | undefined;
  let relative: PairSwap | undefined;
  for (const s of swaps) {
    if (!absolute || Math.abs(s.delta) < Math.abs(absolute.delta)) absolute = s;
    if (s.relative !== undefined && (!relative || Math.abs(s.relative) < Math.abs(relative.relative ?? Infinity))) relative = s;
  }
  return { ...(absolute ? { absolute } : {}), ...(relative ? { relative } : {}) };
}

function spiderSeries(evaluator: WeightEvaluator, sweep: Sweep, criterion: string, pairs: readonly [number, number][], shown: readonly number[], names: readonly string[]): SpiderSeries {
  const xs = new Set<number>([sweep.w0]);
  for (let g = 0; g <= 20; g++) xs.add(g / 20);
  for (const [a, b] of pairs) for (const x of sweep.allCrossings(a, b)) xs.add(x);
  const sign = evaluator.higherIsBetter ? 1 : -1;
  const all = shown.length === evaluator.m;
  const points = [...xs]
    .sort((p, q) => p - q)
    .flatMap((weight) => {
      const u = sweep.at(weight);
      if (!u) return [];
      if (all) {
        const scores = Array.from(u, (x) => sign * x + 0);
        return [{ weight, scores, ranks: rank(scores, evaluator.higherIsBetter) }];
      }
      // A few options of many: their ranks by counting, without ranking everyone.
      const ranks = shown.map((i) => {
        const ui = u[i] ?? 0;
        let better = 0;
        for (let k = 0; k < u.length; k++) if ((u[k] ?? 0) > ui && !scoresTie(u[k] ?? 0, ui)) better++;
        return better + 1;
      });
      return [{ weight, scores: shown.map((i) => sign * (u[i] ?? 0) + 0), ranks }];
    });
  return { criterion, weight: sweep.w0, options: shown.map((i) => names[i] ?? ""), points };
}

function staysTied(sweep: Sweep, members: readonly number[]): boolean {
  for (let g = 0; g <= 20; g++) {
    const u = sweep.at(g / 20);
    if (!u) continue;
    const first = u[members[0] ?? 0] ?? 0;
    if (!members.every((i) => scoresTie(u[i] ?? 0, first))) return false;
  }
  return true;
}

/**
 * Stability intervals, pair swaps (Triantaphyllou & Sanchez 1997) and spider data for every criterion of
 * a scored problem. Never throws; a problem with fewer than two criteria or options has nothing to move.
 */
export function weightSensitivity(model: ScoringModel, settings: WeightSensitivitySettings = {}): WeightSensitivity {
  const evaluator = weightEvaluator(model);
  const { m, n } = evaluator;
  const names = model.options;
  const weights = model.weights;
  const pairsSetting = settings.pairs ?? (m <= 30 ? "all" : "top");
  const exact = evaluator.coefficients !== undefined;
  const empty: WeightSensitivity = { exact, tolerance: exact ? 0 : ROOT_TOLERANCE, intervals: [], swaps: [], critical: { top: {}, any: {} }, spider: [], pairs: pairsSetting };
  if (n < 2 || m < 1) return empty;

  const utilities = evaluator.utilities(weights);
  if (!utilities) return empty;
  const ranks = rank(Array.from(utilities));
  const groups = orderedGroups(ranks);
  const top = groups[0] ?? [];
  const rest = groups.slice(1).flat();
  const topPairs = pairsBetween(top, rest);
  const adjacentPairs = groups.slice(1).flatMap((group, g) => pairsBetween(groups[g] ?? [], group));
  const swapPairs = pairsSetting === "all" ? groups.flatMap((group, g) => pairsBetween(group, groups.slice(g + 1).flat())) : topPairs;
  // Spider points at every crossing are for charts: beyond 30 options, only crossings among the ten best.
  const bestTen = ranks.map((r, i) => ({ r, i })).sort((p, q) => p.r - q.r).slice(0, 10).map((x) => x.i);
  const best = new Set(bestTen);
  const shown = m <= 30 ? ranks.map((_, i) => i) : bestTen;
  const spiderPairs = m <= 30 ? swapPairs : swapPairs.filter(([a, b]) => best.has(a) && best.has(b));
  const tied = top.length > 1;
  const topSet = new Set(top);

  const intervals: StabilityInterval[] = [];
  const swaps: PairSwap[] = [];
  const topSwaps: PairSwap[] = [];
  const spider: SpiderSeries[] = [];
  model.criteria.forEach((criterion, k) => {
    const sweep = evaluator.coefficients ? linearSweep(evaluator, evaluator.coefficients, weights, k) : gridSweep(evaluator, weights, k);
    const w0 = sweep.w0;
    // Options tied for first stay tied under this criterion's weight only if they are alike on it
    // (identical rows, say); otherwise any move separates them and the top choice changes at once.
    const separates = tied && !staysTied(sweep, top);
    intervals.push({ criterion, weight: w0, top: separates ? { low: w0, high: w0 } : interval(sweep, topPairs, names), ranking: separates ? { low: w0, high: w0 } : interval(sweep, adjacentPairs, names) });
    for (const [a, b] of swapPairs) {
      const swap = swapFor(sweep, a, b, criterion, names);
      if (!swap) continue;
      swaps.push(swap);
      if (topSet.has(a)) topSwaps.push(swap);
    }
    if (settings.spider !== false) spider.push(spiderSeries(evaluator, sweep, criterion, spiderPairs, shown, names));
  });
  return {
    ...empty,
    ...(tied ? { tiedForFirst: top.map((i) => names[i] ?? "") } : {}),
    intervals,
    swaps,
    critical: { top: mostCritical(topSwaps), any: mostCritical(swaps) },
    spider,
  };
}
