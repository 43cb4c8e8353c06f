import type { AnalysisIssue, TableIssue, WeightIssue } from "../issues";
import type { SimulationWeights } from "../model";
import { levelKey } from "../cells";
import { sample, uniformSimplex } from "./distributions";
import { weightEvaluator } from "./evaluator";
import { comparedValue, utilitiesAt, type InputModel, type UncertainInput } from "./inputs";
import { xoshiro128ss, type Random, type Xoshiro128 } from "./random";

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

export interface SmaaSettings {
  readonly draws: number;
  readonly seed: number | string;
  readonly weights: SimulationWeights;
  readonly inputs: readonly UncertainInput[];
  /** Pairwise winning probabilities cost m^2 per draw; on by default up to 50 options. */
  readonly pairwise?: boolean;
}

/** What a chunk of draws adds up; plain arrays so a Web Worker can post it. Merge with mergeTallies. */
export interface SmaaTally {
  readonly draws: number;
  /** rankCounts[i * m + r]: (tie-split) count of draws with option i at rank r + 1. */
  readonly rankCounts: number[];
  /** Sum and sum of squares of the weights over draws where option i ranked first, i * n + j. */
  readonly firstWeightSum: number[];
  readonly firstWeightSquares: number[];
  /** pairwiseWins[i * m + k]: draws with option i strictly ahead of option k (empty when not asked). */
  readonly pairwiseWins: number[];
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
  /** acceptability[i][r]: probability that option i takes rank r + 1 (b_i^r). */
  readonly acceptability: readonly (readonly Estimate[])[];
  /** Holistic acceptability a_i^h = sum_r alpha_r b_i^r with linear meta-weights alpha_r = (m - r) / (m - 1). */
  readonly holistic: readonly Estimate[];
  /** Mean weights over the draws where the option ranked first; null for options that never did. */
  readonly centralWeights: readonly (readonly Estimate[] | null)[];
  /** Probability that the option ranks first with its central weights, inputs still uncertain. */
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

function weightSampler(spec: SimulationWeights, model: InputModel): { ok: true; sample: WeightSampler } | { ok: false; issues: (TableIssue | WeightIssue)[] } {
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
          const j = names.findIndex((n) => levelKey(n) === levelKey(name));
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
  /** Runs chunk `index` with the generator for it (use streamAt when running chunks out of order). */
  chunk(index: number, rng: Xoshiro128): SmaaTally;
  finish(tally: SmaaTally, requested?: number): SmaaResult;
}

export function prepareSmaa(model: InputModel, settings: SmaaSettings): { ok: true; run: SmaaRun } | { ok: false; issues: (TableIssue | WeightIssue)[] } {
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

  const scoreDraw = (rng: Random, weights: Float64Array, natural: number[][], out: Float64Array): boolean => {
    if (linear) {
      out.set(linear.utilities(weights));
      return true;
    }
    for (const u of inputs) (natural[u.option] as number[])[u.criterion] = sample(rng, u.distribution, u.low, u.mode, u.high);
    const utilities = utilitiesAt(model, natural, Array.from(weights));
    if (!utilities) return false;
    out.set(utilities);
    return true;
  };

  const chunks = Math.ceil(settings.draws / CHUNK_DRAWS);
  const run: SmaaRun = {
    chunks,
    chunk(index, rng) {
      const draws = Math.max(0, Math.min(CHUNK_DRAWS, settings.draws - index * CHUNK_DRAWS));
      const tally = emptyTally(m, n, pairwise);
      const rankCounts = tally.rankCounts;
      const weights = new Float64Array(n);
      const utilities = new Float64Array(m);
      const sorted = new Float64Array(m);
      const natural = base.map((row) => [...row]);
      let done = 0;
      for (let d = 0; d < draws; d++) {
        sampler.sample(rng, weights);
        if (!scoreDraw(rng, weights, natural, utilities)) continue;
        done++;
        sorted.set(utilities);
        sorted.sort();
        for (let i = 0; i < m; i++) {
          const u = utilities[i] as number;
          const above = m - upperBound(sorted, u);
          const tied = m - above - lowerBound(sorted, u);
          if (tied === 1) rankCounts[i * m + above] = (rankCounts[i * m + above] ?? 0) + 1;
          else for (let r = above; r < above + tied; r++) rankCounts[i * m + r] = (rankCounts[i * m + r] ?? 0) + 1 / tied;
          if (above === 0) {
            const share = 1 / tied;
            for (let j = 0; j < n; j++) {
              const w = weights[j] as number;
              tally.firstWeightSum[i * n + j] = (tally.firstWeightSum[i * n + j] ?? 0) + share * w;
              tally.firstWeightSquares[i * n + j] = (tally.firstWeightSquares[i * n + j] ?? 0) + share * w * w;
            }
          }
        }
        if (pairwise) {
          const wins = tally.pairwiseWins;
          for (let i = 0; i < m; i++) {
            const ui = utilities[i] as number;
            for (let k = 0; k < m; k++) if (ui > (utilities[k] as number)) wins[i * m + k] = (wins[i * m + k] ?? 0) + 1;
          }
        }
      }
      return { ...tally, draws: done };
    },
    finish(tally, requested = settings.draws) {
      return finishSmaa(model, settings, tally, requested, scoreDraw);
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
    rankCounts: new Array<number>(m * m).fill(0),
    firstWeightSum: new Array<number>(m * n).fill(0),
    firstWeightSquares: new Array<number>(m * n).fill(0),
    pairwiseWins: pairwise ? new Array<number>(m * m).fill(0) : [],
  };
}

export function mergeTallies(a: SmaaTally, b: SmaaTally): SmaaTally {
  const add = (x: readonly number[], y: readonly number[]): number[] => (x.length >= y.length ? x.map((v, i) => v + (y[i] ?? 0)) : y.map((v, i) => v + (x[i] ?? 0)));
  return {
    draws: a.draws + b.draws,
    rankCounts: add(a.rankCounts, b.rankCounts),
    firstWeightSum: add(a.firstWeightSum, b.firstWeightSum),
    firstWeightSquares: add(a.firstWeightSquares, b.firstWeightSquares),
    pairwiseWins: add(a.pairwiseWins, b.pairwiseWins),
  };
}

/** First index whose value is >= x in an ascending array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x in an ascending array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  scoreDraw: (rng: Random, weights: Float64Array, natural: number[][], out: Float64Array) => boolean,
): SmaaResult {
  const m = model.options.length;
  const n = model.criteria.length;
  const N = tally.draws;
  const acceptability = model.options.map((_, i) => model.options.map((__, r) => proportion(tally.rankCounts[i * m + r] ?? 0, N)));
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
    const firsts = tally.rankCounts[i * m] ?? 0;
    if (!(firsts > 0)) return null;
    return model.criteria.map((__, j) => {
      const mean = (tally.firstWeightSum[i * n + j] ?? 0) / firsts;
      const variance = Math.max(0, (tally.firstWeightSquares[i * n + j] ?? 0) / firsts - mean * mean);
      return { value: mean, standardError: Math.sqrt(variance / firsts) };
    });
  });
  const confidence = confidenceFactors(model, settings, centralWeights, scoreDraw);
  const pairwise = tally.pairwiseWins.length > 0 ? model.options.map((_, i) => model.options.map((__, k) => proportion(tally.pairwiseWins[i * m + k] ?? 0, N))) : [];
  const issues: AnalysisIssue[] = N < requested ? [{ code: "simulation-cancelled", completed: N, requested }] : [];
  return { draws: N, requested, seed: settings.seed, options: model.options, criteria: model.criteria.map((c) => c.name), acceptability, holistic, centralWeights, confidence, pairwise, issues };
}

/**
 * SMAA-2's confidence factor p_i^c: the probability that option i ranks first when the weights are its
 * central weight vector and only the inputs vary. Without uncertain inputs it is 1 or 0 (1/k when k tie).
 * Uses min(draws, 2,000) input draws from the stream "<seed>/confidence".
 */
function confidenceFactors(
  model: InputModel,
  settings: SmaaSettings,
  centralWeights: readonly (readonly Estimate[] | null)[],
  scoreDraw: (rng: Random, weights: Float64Array, natural: number[][], out: Float64Array) => boolean,
): (Estimate | null)[] {
  const m = model.options.length;
  const draws = settings.inputs.length === 0 ? 1 : Math.min(settings.draws, 2000);
  const rng = xoshiro128ss(`${String(settings.seed)}/confidence`);
  const natural = model.natural.map((row) => [...row]);
  for (const u of settings.inputs) (natural[u.option] as number[])[u.criterion] = u.mode;
  const utilities = new Float64Array(m);
  return centralWeights.map((central, i) => {
    if (!central) return null;
    const weights = Float64Array.from(central, (e) => e.value);
    let wins = 0;
    let done = 0;
    for (let d = 0; d < draws; d++) {
      if (!scoreDraw(rng, weights, natural, utilities)) continue;
      done++;
      const ui = utilities[i] as number;
      let above = 0;
      let tied = 0;
      for (let k = 0; k < m; k++) {
        const uk = utilities[k] as number;
        if (uk > ui) above++;
        else if (uk === ui) tied++;
      }
      if (above === 0) wins += 1 / tied;
    }
    return proportion(wins, done);
  });
}

/** Each chunk's tally in order, chunk c drawn from the seed's generator jumped c times. */
function* chunkTallies(run: SmaaRun, seed: number | string): Generator<SmaaTally> {
  const stream = xoshiro128ss(seed);
  for (let c = 0; c < run.chunks; c++) {
    yield run.chunk(c, stream.clone());
    stream.jump();
  }
}

/** Runs every chunk in one loop; for the CLI and tests. */
export function simulateSync(model: InputModel, settings: SmaaSettings): { ok: true; result: SmaaResult } | { ok: false; issues: (TableIssue | WeightIssue)[] } {
  const prepared = prepareSmaa(model, settings);
  if (!prepared.ok) return prepared;
  let tally = emptyTally(0, 0, false);
  for (const chunk of chunkTallies(prepared.run, settings.seed)) tally = mergeTallies(tally, chunk);
  return { ok: true, result: prepared.run.finish(tally) };
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
): Promise<{ ok: true; result: SmaaResult } | { ok: false; issues: (TableIssue | WeightIssue)[] }> {
  const prepared = prepareSmaa(model, settings);
  if (!prepared.ok) return prepared;
  let tally = emptyTally(0, 0, false);
  for (const chunk of chunkTallies(prepared.run, settings.seed)) {
    if (control.signal?.aborted) break;
    tally = mergeTallies(tally, chunk);
    control.onProgress?.({ done: tally.draws, total: settings.draws });
    if (control.pause) await control.pause();
  }
  return { ok: true, result: prepared.run.finish(tally) };
}
