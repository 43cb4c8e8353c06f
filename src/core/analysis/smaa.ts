import type { AnalysisIssue, TableIssue, WeightIssue } from "../issues";
import { sameWord } from "../names";
import type { SimulationWeights } from "../model";
import { sample, uniformSimplex } from "./distributions";
import { DrawRanker } from "./draw-ranking";
import { weightEvaluator } from "./evaluator";
import { comparedValue, utilitiesAt, type InputModel, type UncertainInput } from "./inputs";
import { xoshiro128ss, type Random, type Xoshiro128 } from "./random";
import type { Result } from "../result";

/**
 * Stochastic multicriteria acceptability analysis, SMAA-2 (Lahdelma & Salminen 2001, "SMAA-2: Stochastic
 * multicriteria acceptability analysis for group decision making", Operations Research 49(3)), by Monte
 * Carlo: weights and uncertain inputs are drawn, the options scored and ranked, and the ranks counted.
 *
 * Determinism: draws are made in chunks of CHUNK_DRAWS; chunk c uses xoshiro128** seeded with the run's
 * seed and jumped c times (random.ts), so the result depends only on the seed and the number of draws,
 * not on how chunks are scheduled (one loop, or Web Workers each running some chunks).
 *
 * Ties within one draw share the ranks they span: k options tied for ranks r..r+k-1 get 1/k of each,
 * so every row and column of the acceptability matrix sums to 1. Ties are exact equality of scores.
 */
export const CHUNK_DRAWS = 1000;
/**
 * Ranks counted per option: the acceptability matrix holds options x min(options, 100) entries, so ten
 * thousand options need 10^6 counts, not 10^8. Beyond 100 options, ranks after the 100th are not
 * reported and holistic acceptability sums the first 100 ranks only.
 */
export const MAX_TRACKED_RANKS = 100;
const trackedRanks = (m: number): number => Math.min(m, MAX_TRACKED_RANKS);

export interface SmaaSettings {
  readonly draws: number;
  readonly seed: number | string;
  readonly weights: SimulationWeights;
  readonly inputs: readonly UncertainInput[];
  /** Pairwise winning probabilities cost m^2 per draw; on by default up to 50 options. */
  readonly pairwise?: boolean;
}

/**
 * The evaluator's linear scores, four options at a time (independent sums keep the processor busy);
 * each option's sum adds its terms in the evaluator's order, so the bits are the same.
 */
function scoreLinear(coefficients: Float64Array, weights: Float64Array, out: Float64Array, m: number, n: number): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const r0 = i * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let j = 0; j < n; j++) {
      const w = weights[j] as number;
      a += (coefficients[r0 + j] as number) * w;
      b += (coefficients[r1 + j] as number) * w;
      c += (coefficients[r2 + j] as number) * w;
      d += (coefficients[r3 + j] as number) * w;
    }
    out[i] = a;
    out[i + 1] = b;
    out[i + 2] = c;
    out[i + 3] = d;
  }
  for (; i < m; i++) {
    let total = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) total += (coefficients[row + j] as number) * (weights[j] as number);
    out[i] = total;
  }
}

/**
 * Adds one ranked draw to the counts. Without ties (the usual case) each option's rank is its position;
 * with ties, walks down from the best a group of equal utilities at a time, sharing their ranks.
 */
function tallyDraw(order: Int32Array, sorted: Float64Array, weights: Float64Array, m: number, n: number, K: number, counts: Uint16Array, shared: Float64Array, firstSum: Float64Array, firstSquares: Float64Array, wins: Float64Array | null): void {
  let tie = false;
  for (let k = 1; k < m; k++) {
    if (sorted[k] === sorted[k - 1]) {
      tie = true;
      break;
    }
  }
  if (tie || wins) {
    tallyGroups(order, sorted, weights, m, n, K, shared, firstSum, firstSquares, wins);
    return;
  }
  for (let position = 0, k = m - 1; position < K; position++, k--) {
    const at = (order[k] as number) * K + position;
    counts[at] = (counts[at] as number) + 1;
  }
  const best = (order[m - 1] as number) * n;
  for (let j = 0; j < n; j++) {
    const w = weights[j] as number;
    firstSum[best + j] = (firstSum[best + j] as number) + w;
    firstSquares[best + j] = (firstSquares[best + j] as number) + w * w;
  }
}

function tallyGroups(order: Int32Array, sorted: Float64Array, weights: Float64Array, m: number, n: number, K: number, rankCounts: Float64Array, firstSum: Float64Array, firstSquares: Float64Array, wins: Float64Array | null): void {
  let above = 0;
  for (let k = m - 1; k >= 0; ) {
    const value = sorted[k] as number;
    let start = k;
    while (start > 0 && sorted[start - 1] === value) start--;
    const tied = k - start + 1;
    const share = 1 / tied;
    for (let g = start; g <= k; g++) {
      const i = order[g] as number;
      const row = i * K;
      if (tied === 1) {
        if (above < K) rankCounts[row + above] = (rankCounts[row + above] as number) + 1;
      } else for (let r = above; r < Math.min(K, above + tied); r++) rankCounts[row + r] = (rankCounts[row + r] as number) + share;
      if (above === 0) {
        for (let j = 0; j < n; j++) {
          const w = weights[j] as number;
          firstSum[i * n + j] = (firstSum[i * n + j] as number) + share * w;
          firstSquares[i * n + j] = (firstSquares[i * n + j] as number) + share * w * w;
        }
      }
      if (wins) for (let l = 0; l < start; l++) wins[i * m + (order[l] as number)] = (wins[i * m + (order[l] as number)] as number) + 1;
    }
    above += tied;
    k = start - 1;
  }
}

/**
 * What draws add up. Chunks add into a tally in place; typed arrays, so a Web Worker can post (or
 * transfer) it. Tallies of different workers combine with mergeTallies.
 */
export interface SmaaTally {
  draws: number;
  /** Draws the method could not score (WPM or COPRAS meeting a zero with weight): left out of every count. */
  failed: number;
  /** Draws without ties: counts[i * K + r] draws with option i at rank r + 1, K = min(m, MAX_TRACKED_RANKS). */
  readonly counts: Int32Array;
  /** Draws with ties: their shares of the ranks they span, same layout. */
  readonly shared: Float64Array;
  /** Sum and sum of squares of the weights over draws where option i ranked first, i * n + j. */
  readonly firstWeightSum: Float64Array;
  readonly firstWeightSquares: Float64Array;
  /** pairwiseWins[i * m + k]: draws with option i strictly ahead of option k (empty when not asked). */
  readonly pairwiseWins: Float64Array;
}

export interface Estimate {
  readonly value: number;
  /** Monte Carlo standard error of the value. */
  readonly standardError: number;
}

export interface SmaaResult {
  readonly draws: number;
  readonly requested: number;
  readonly seed: number | string;
  readonly options: readonly string[];
  readonly criteria: readonly string[];
  /** acceptability[i][r]: probability that option i takes rank r + 1 (b_i^r), for the first min(m, 100) ranks. */
  readonly acceptability: readonly (readonly Estimate[])[];
  /** Holistic acceptability a_i^h = sum_r alpha_r b_i^r with linear meta-weights alpha_r = (m - r) / (m - 1). */
  readonly holistic: readonly Estimate[];
  /** Mean weights over the draws where the option ranked first; null for options that never did. */
  readonly centralWeights: readonly (readonly Estimate[] | null)[];
  /** Probability that the option ranks first with its central weights, inputs still uncertain; null when it never ranked first (or the run was cancelled first). */
  readonly confidence: readonly (Estimate | null)[];
  /** pairwise[i][k]: probability that option i ranks ahead of option k; empty when not computed. */
  readonly pairwise: readonly (readonly Estimate[])[];
  readonly issues: readonly AnalysisIssue[];
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** The subset of AbortSignal the run reads, so the core needs no DOM or Node types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Draws weights for one simulation setting; null with issues when the setting cannot be used. */
type WeightSampler = (rng: Random, out: Float64Array) => void;

function weightSampler(spec: SimulationWeights, model: InputModel): Result<{ sample: WeightSampler }, TableIssue | WeightIssue> {
  const base = model.weights;
  const n = base.length;
  switch (spec.kind) {
    case "uniform":
      return { ok: true, sample: uniformSimplex };
    case "fixed":
      return { ok: true, sample: (_rng, out) => out.set(base) };
    case "around": {
      const p = spec.percent / 100;
      return {
        ok: true,
        sample: (rng, out) => {
          let total = 0;
          for (let j = 0; j < n; j++) {
            const w = (base[j] ?? 0) * (1 + p * (2 * rng.next() - 1));
            out[j] = w;
            total += w;
          }
          for (let j = 0; j < n; j++) out[j] = total > 0 ? (out[j] ?? 0) / total : 1 / n;
        },
      };
    }
    case "order": {
      const names = model.criteria.map((c) => c.name);
      const issues: TableIssue[] = [];
      const groups: number[][] = [];
      const seen = new Set<number>();
      for (const entry of spec.order) {
        const group: number[] = [];
        for (const name of typeof entry === "string" ? [entry] : entry) {
          const j = names.findIndex((n) => sameWord(n, name));
          if (j < 0) issues.push({ code: "criterion-not-found", criterion: name });
          else if (!seen.has(j)) {
            seen.add(j);
            group.push(j);
          }
        }
        if (group.length > 0) groups.push(group);
      }
      if (issues.length > 0) return { ok: false, issues };
      // The ordered criteria's coordinates; criteria the order leaves out stay free.
      const ordered = groups.flat();
      const values = new Float64Array(ordered.length);
      return {
        ok: true,
        // Permuting the ordered criteria's coordinates of a uniform point of the simplex so that they
        // respect the order gives a uniform point of the ordered region: the permutations map the
        // simplex onto itself and exactly one of them (almost surely) lands in the region. Shuffling
        // within a group removes its order.
        sample: (rng, out) => {
          uniformSimplex(rng, out);
          ordered.forEach((j, k) => (values[k] = out[j] ?? 0));
          values.sort().reverse();
          let next = 0;
          for (const group of groups) {
            const members = [...group];
            for (let g = members.length - 1; g > 0; g--) {
              const h = Math.floor(rng.next() * (g + 1));
              [members[g], members[h]] = [members[h] as number, members[g] as number];
            }
            for (const j of members) out[j] = values[next++] ?? 0;
          }
        },
      };
    }
  }
}

/** A prepared simulation: run chunks in any order or place, merge their tallies, then finish. */
export interface SmaaRun {
  readonly chunks: number;
  /** An empty tally of the right shape. */
  tally(): SmaaTally;
  /** Runs chunk `index` with its generator (streamFor(seed, index)), adding into `into` (a new tally by default). */
  chunk(index: number, rng: Xoshiro128, into?: SmaaTally): SmaaTally;
  /** The results from the merged tally; `signal` also stops the confidence-factor step early. */
  finish(tally: SmaaTally, requested?: number, signal?: CancelSignal): SmaaResult;
}

export function prepareSmaa(model: InputModel, settings: SmaaSettings): Result<{ run: SmaaRun }, TableIssue | WeightIssue> {
  const sampler = weightSampler(settings.weights, model);
  if (!sampler.ok) return sampler;
  const m = model.options.length;
  const n = model.criteria.length;
  const pairwise = settings.pairwise ?? m <= 50;
  const inputs = settings.inputs;
  const base = model.natural.map((row) => [...row]);
  for (const u of inputs) (base[u.option] as number[])[u.criterion] = u.mode;
  // Without uncertain inputs a linear method scores by one matrix product per draw.
  const linear = inputs.length === 0 ? weightEvaluator({ method: model.method, values: compared(model, base), directions: model.criteria.map((c) => c.direction), criteria: model.criteria.map((c) => c.name), options: model.options, weights: model.weights }) : undefined;

  /** Scores one draw; with `rng` the uncertain inputs are drawn first, with null `natural` is used as it is. */
  const scoreDraw = (rng: Random | null, weights: Float64Array, natural: number[][], out: Float64Array): boolean => {
    if (linear) {
      const u = linear.utilities(weights);
      if (u) out.set(u);
      return u !== null;
    }
    if (rng) for (const u of inputs) (natural[u.option] as number[])[u.criterion] = sample(rng, u.distribution, u.low, u.mode, u.high);
    const utilities = utilitiesAt(model, natural, Array.from(weights));
    if (!utilities) return false;
    out.set(utilities);
    return true;
  };

  const chunks = Math.ceil(settings.draws / CHUNK_DRAWS);
  const run: SmaaRun = {
    chunks,
    tally: () => emptyTally(m, n, pairwise),
    chunk(index, rng, into = emptyTally(m, n, pairwise)) {
      const draws = Math.max(0, Math.min(CHUNK_DRAWS, settings.draws - index * CHUNK_DRAWS));
      const weights = new Float64Array(n);
      const utilities = new Float64Array(m);
      const ranker = new DrawRanker(m);
      const natural = base.map((row) => [...row]);
      const coefficients = linear?.coefficients;
      const wins = pairwise ? into.pairwiseWins : null;
      // A chunk's counts fit 16 bits (CHUNK_DRAWS < 65536): 20 KB for 100 options, in L1 cache.
      const counts = new Uint16Array(m * trackedRanks(m));
      for (let d = 0; d < draws; d++) {
        sampler.sample(rng, weights);
        if (coefficients) scoreLinear(coefficients, weights, utilities, m, n);
        else if (!scoreDraw(rng, weights, natural, utilities)) {
          into.failed++;
          continue;
        }
        into.draws++;
        ranker.sort(utilities);
        tallyDraw(ranker.order, ranker.sorted, weights, m, n, trackedRanks(m), counts, into.shared, into.firstWeightSum, into.firstWeightSquares, wins);
      }
      for (let k = 0; k < counts.length; k++) into.counts[k] = (into.counts[k] as number) + (counts[k] as number);
      return into;
    },
    finish(tally, requested = settings.draws, signal) {
      return finishSmaa(model, settings, tally, requested, scoreDraw, signal);
    },
  };
  return { ok: true, run };
}

function compared(model: InputModel, natural: readonly (readonly number[])[]): number[][] {
  // Only called with a matrix the solution already scored, so every value has a compared value.
  return natural.map((row) => row.map((x, j) => (model.criteria[j] ? (comparedValue(model.criteria[j], x) ?? 0) : 0)));
}

function emptyTally(m: number, n: number, pairwise: boolean): SmaaTally {
  return {
    draws: 0,
    failed: 0,
    counts: new Int32Array(m * trackedRanks(m)),
    shared: new Float64Array(m * trackedRanks(m)),
    firstWeightSum: new Float64Array(m * n),
    firstWeightSquares: new Float64Array(m * n),
    pairwiseWins: new Float64Array(pairwise ? m * m : 0),
  };
}

/** Adds tally `b` into tally `a` (same problem and settings) and returns `a`. */
export function mergeTallies(a: SmaaTally, b: SmaaTally): SmaaTally {
  const add = (x: Int32Array | Float64Array, y: Int32Array | Float64Array): void => {
    for (let k = 0; k < x.length; k++) x[k] = (x[k] as number) + (y[k] ?? 0);
  };
  a.draws += b.draws;
  a.failed += b.failed;
  add(a.counts, b.counts);
  add(a.shared, b.shared);
  add(a.firstWeightSum, b.firstWeightSum);
  add(a.firstWeightSquares, b.firstWeightSquares);
  add(a.pairwiseWins, b.pairwiseWins);
  return a;
}

const proportion = (count: number, draws: number): Estimate => {
  const p = draws > 0 ? count / draws : 0;
  return { value: p, standardError: draws > 0 ? Math.sqrt(Math.max(0, p * (1 - p)) / draws) : 0 };
};

function finishSmaa(
  model: InputModel,
  settings: SmaaSettings,
  tally: SmaaTally,
  requested: number,
  scoreDraw: (rng: Random | null, weights: Float64Array, natural: number[][], out: Float64Array) => boolean,
  signal?: CancelSignal,
): SmaaResult {
  const m = model.options.length;
  const n = model.criteria.length;
  const N = tally.draws;
  const rankCount = (k: number): number => (tally.counts[k] ?? 0) + (tally.shared[k] ?? 0);
  const K = trackedRanks(m);
  const acceptability = model.options.map((_, i) => Array.from({ length: K }, (__, r) => proportion(rankCount(i * K + r), N)));
  const alpha = (r: number): number => (m > 1 ? (m - 1 - r) / (m - 1) : 1);
  const holistic = acceptability.map((row) => {
    let mean = 0;
    let square = 0;
    row.forEach((b, r) => {
      mean += alpha(r) * b.value;
      square += alpha(r) ** 2 * b.value;
    });
    return { value: mean, standardError: N > 0 ? Math.sqrt(Math.max(0, square - mean * mean) / N) : 0 };
  });
  const centralWeights = model.options.map((_, i) => {
    const firsts = rankCount(i * K);
    if (!(firsts > 0)) return null;
    return model.criteria.map((__, j) => {
      const mean = (tally.firstWeightSum[i * n + j] ?? 0) / firsts;
      // Sample variance; with fewer than two first places there is none, and 0.5 (the largest standard
      // deviation a weight in [0, 1] can have) bounds the error instead.
      const variance = firsts >= 2 ? Math.max(0, ((tally.firstWeightSquares[i * n + j] ?? 0) - firsts * mean * mean) / (firsts - 1)) : 0.25;
      return { value: mean, standardError: Math.sqrt(variance / firsts) };
    });
  });
  const confidence = confidenceFactors(model, settings, centralWeights, scoreDraw, signal);
  const pairwise = tally.pairwiseWins.length > 0 ? model.options.map((_, i) => model.options.map((__, k) => proportion(tally.pairwiseWins[i * m + k] ?? 0, N))) : [];
  const issues: AnalysisIssue[] = [];
  if (tally.failed > 0) issues.push({ code: "simulation-draws-failed", failed: tally.failed, attempted: tally.failed + N });
  else if (N < requested) issues.push({ code: "simulation-cancelled", completed: N, requested });
  return { draws: N, requested, seed: settings.seed, options: model.options, criteria: model.criteria.map((c) => c.name), acceptability, holistic, centralWeights, confidence, pairwise, issues };
}

/**
 * SMAA-2's confidence factor p_i^c: the probability that option i ranks first when the weights are its
 * central weight vector and only the inputs vary. Without uncertain inputs it is exact: 1 or 0 (1/k when
 * k tie). With them, every option with a central weight vector is scored on the same input draws (from
 * the stream "<seed>/confidence"); the draws are capped so this step costs at most about as many method
 * runs as min(draws, 4,000), and at least 30 draws per option. `signal` stops it early.
 */
function confidenceFactors(
  model: InputModel,
  settings: SmaaSettings,
  centralWeights: readonly (readonly Estimate[] | null)[],
  scoreDraw: (rng: Random | null, weights: Float64Array, natural: number[][], out: Float64Array) => boolean,
  signal?: CancelSignal,
): (Estimate | null)[] {
  const m = model.options.length;
  const candidates = centralWeights.flatMap((c, i) => (c ? [{ i, weights: Float64Array.from(c, (e) => e.value) }] : []));
  const certain = settings.inputs.length === 0;
  const draws = certain ? 1 : Math.max(30, Math.floor(Math.min(settings.draws, 4000) / Math.max(1, candidates.length)));
  const rng = xoshiro128ss(`${String(settings.seed)}/confidence`);
  const natural = model.natural.map((row) => [...row]);
  for (const u of settings.inputs) (natural[u.option] as number[])[u.criterion] = u.mode;
  const utilities = new Float64Array(m);
  const wins = new Float64Array(m);
  const done = new Float64Array(m);
  for (let d = 0; d < draws && !signal?.aborted; d++) {
    for (const u of settings.inputs) (natural[u.option] as number[])[u.criterion] = sample(rng, u.distribution, u.low, u.mode, u.high);
    for (const { i, weights } of candidates) {
      if (!scoreDraw(null, weights, natural, utilities)) continue;
      done[i] = (done[i] as number) + 1;
      const ui = utilities[i] as number;
      let above = 0;
      let tied = 0;
      for (let k = 0; k < m; k++) {
        const uk = utilities[k] as number;
        if (uk > ui) above++;
        else if (uk === ui) tied++;
      }
      if (above === 0) wins[i] = (wins[i] as number) + 1 / tied;
    }
  }
  return centralWeights.map((c, i) => {
    if (!c || !((done[i] as number) > 0)) return null;
    const estimate = proportion(wins[i] as number, done[i] as number);
    return certain ? { value: estimate.value, standardError: 0 } : estimate;
  });
}

/**
 * Runs the chunks `indices` (ascending) of a prepared run and merges their tallies: what one Web Worker
 * or worker thread does with its share. Any split of 0..chunks-1 merges to the same result.
 */
export function runChunks(run: SmaaRun, seed: number | string, indices: readonly number[]): SmaaTally {
  const stream = xoshiro128ss(seed);
  let position = 0;
  const tally = run.tally();
  for (const c of indices) {
    while (position < c) {
      stream.jump();
      position++;
    }
    run.chunk(c, stream.clone(), tally);
  }
  return tally;
}

/** Runs every chunk in one loop; for the CLI and tests. */
export function simulateSync(model: InputModel, settings: SmaaSettings): Result<{ result: SmaaResult }, TableIssue | WeightIssue> {
  const prepared = prepareSmaa(model, settings);
  if (!prepared.ok) return prepared;
  const { run } = prepared;
  return { ok: true, result: run.finish(runChunks(run, settings.seed, Array.from({ length: run.chunks }, (_, c) => c))) };
}

/**
 * Runs the chunks one after another, reporting progress after each and stopping early when `signal`
 * is aborted (the result then covers the draws done, with a simulation-cancelled issue). `pause` lets
 * the host breathe between chunks (for instance `() => new Promise((r) => setTimeout(r))` in a UI).
 */
export async function simulate(
  model: InputModel,
  settings: SmaaSettings,
  control: { signal?: CancelSignal; onProgress?: (progress: Progress) => void; pause?: () => Promise<void> } = {},
): Promise<Result<{ result: SmaaResult }, TableIssue | WeightIssue>> {
  const prepared = prepareSmaa(model, settings);
  if (!prepared.ok) return prepared;
  const { run } = prepared;
  const tally = run.tally();
  const stream = xoshiro128ss(settings.seed);
  for (let c = 0; c < run.chunks; c++) {
    if (control.signal?.aborted) break;
    run.chunk(c, stream.clone(), tally);
    stream.jump();
    control.onProgress?.({ done: tally.draws, total: settings.draws });
    if (control.pause) await control.pause();
  }
  return { ok: true, result: run.finish(tally, settings.draws, control.signal) };
}
