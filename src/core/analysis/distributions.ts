/**
 * Random variates for simulation, drawn from a {@link Random}. The bounded samplers (uniform,
 * triangular, PERT) return a finite value in [low, high] for any finite arguments: low and high are
 * swapped when given the wrong way round, a mode outside the range is clamped into it, and a
 * degenerate range (low == high) returns low without drawing. Spans that overflow (e.g. -1e308 to
 * 1e308) are handled by working on halves. Non-finite arguments throw a RangeError.
 *
 * Reproducibility: uniform and triangular use only + - * / and Math.sqrt, which IEEE 754 rounds
 * exactly, so a seed gives the same draws everywhere. The others also call Math.log / Math.pow,
 * which ECMAScript lets each engine approximate; a last-bit difference between engines can flip an
 * accept/reject test and shift the stream from that point on.
 */
import type { Random } from "./random";

// Builtins are read once: a global lookup per call costs ~100x more inside Jest's vm sandbox.
const { sqrt, log, exp, pow } = Math;
const isFiniteNumber = Number.isFinite;
const MAX_VALUE = Number.MAX_VALUE;
const MIN_VALUE = Number.MIN_VALUE;

/** The three-point estimates a criterion's uncertainty can be given as. */
export type Distribution = "triangular" | "pert" | "uniform";

function finite(name: string, value: number): void {
  if (!isFiniteNumber(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
}

/** low + t (high - low) for t in [0, 1], never outside [low, high] even when the span overflows. */
function lerp(low: number, high: number, t: number): number {
  const span = high - low;
  const x = isFiniteNumber(span) ? low + span * t : low * (1 - t) + high * t;
  return x < low ? low : x > high ? high : x;
}

/** (x - low) / (high - low) in [0, 1], for low < high and x already clamped into the range. */
function fraction(low: number, x: number, high: number): number {
  const span = high - low;
  const f = isFiniteNumber(span) ? (x - low) / span : (x / 2 - low / 2) / (high / 2 - low / 2);
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

/** A uniform draw on [low, high] (the bounds in either order). */
export function uniform(rng: Random, low: number, high: number): number {
  finite("low", low);
  finite("high", high);
  if (high < low) [low, high] = [high, low];
  if (low === high) return low;
  return lerp(low, high, rng.next());
}

/**
 * Triangular(low, mode, high) by inverting its CDF: with p = (mode - low) / (high - low) and U
 * uniform, the standard variate is sqrt(U p) when U < p and 1 - sqrt((1 - U)(1 - p)) otherwise,
 * then scaled to [low, high]. Source: S. Kotz & J. R. van Dorp, Beyond Beta (World Scientific,
 * 2004), ch. 1; also https://en.wikipedia.org/wiki/Triangular_distribution#Generating_random_variates.
 */
export function triangular(rng: Random, low: number, mode: number, high: number): number {
  finite("low", low);
  finite("mode", mode);
  finite("high", high);
  if (high < low) [low, high] = [high, low];
  if (low === high) return low;
  const p = fraction(low, mode < low ? low : mode > high ? high : mode, high);
  const u = rng.next();
  const t = u < p ? sqrt(u * p) : 1 - sqrt((1 - u) * (1 - p));
  return lerp(low, high, t);
}

/**
 * The (modified) PERT distribution: low + (high - low) Beta(alpha, beta) with
 * alpha = 1 + lambda (mode - low) / (high - low) and beta = 1 + lambda (high - mode) / (high - low),
 * so its mean is (low + lambda mode + high) / (lambda + 2); lambda = 4 is classic PERT
 * (D. G. Malcolm et al., Operations Research 7(5), 1959), other lambdas are Vose's modified PERT
 * (D. Vose, Risk Analysis: A Quantitative Guide, 3rd ed., Wiley, 2008). A negative lambda is taken
 * as 0 (uniform).
 */
export function pert(rng: Random, low: number, mode: number, high: number, lambda = 4): number {
  finite("low", low);
  finite("mode", mode);
  finite("high", high);
  finite("lambda", lambda);
  if (high < low) [low, high] = [high, low];
  if (low === high) return low;
  const p = fraction(low, mode < low ? low : mode > high ? high : mode, high);
  const l = lambda > 0 ? lambda : 0;
  return lerp(low, high, beta(rng, 1 + l * p, 1 + l * (1 - p)));
}

/**
 * A standard normal variate by Marsaglia's polar method (G. Marsaglia & T. A. Bray, SIAM Review 6(3),
 * 1964; D. E. Knuth, TAOCP vol. 2, 3rd ed., 3.4.1 Algorithm P). The method yields two independent
 * variates per accepted pair; the second is discarded because a sampler here keeps no state.
 */
export function standardNormal(rng: Random): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * sqrt((-2 * log(s)) / s);
  }
}

/**
 * Marsaglia & Tsang's squeeze method for shape >= 1 (G. Marsaglia & W. W. Tsang, "A Simple Method
 * for Generating Gamma Variables", ACM TOMS 26(3), 2000, 363-372): d = shape - 1/3,
 * c = 1 / sqrt(9 d), v = (1 + c X)^3 for normal X with v > 0, accepted when
 * U < 1 - 0.0331 X^4 or log U < X^2 / 2 + d (1 - v + log v). Capped at MAX_VALUE, which only
 * shapes near it can reach.
 */
function gammaAtLeastOne(rng: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / (3 * sqrt(d)); // 1 / sqrt(9 d) without overflowing 9 d
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + d * (1 - v + log(v))) {
      const g = d * v;
      return g < MAX_VALUE ? g : MAX_VALUE;
    }
  }
}

/** U in (0, 1], so that its log and powers are finite or 0. */
function positiveUniform(rng: Random): number {
  return 1 - rng.next();
}

/**
 * A Gamma(shape, 1) variate. Shape >= 1: Marsaglia & Tsang (2000), above. Shape < 1: their boost
 * Gamma(shape) = Gamma(shape + 1) U^(1/shape) (same paper). Shape <= 0 returns 0, the
 * limit as shape -> 0+; very small shapes underflow to 0 as well.
 */
export function gamma(rng: Random, shape: number): number {
  finite("shape", shape);
  if (shape <= 0) return 0;
  if (shape >= 1) return gammaAtLeastOne(rng, shape);
  const g = gammaAtLeastOne(rng, shape + 1);
  const u = positiveUniform(rng);
  return u === 1 ? g : g * pow(u, 1 / shape); // pow(1, Infinity) is NaN in JavaScript
}

/** log of a Gamma(shape) variate for 0 < shape, finite or -Infinity where the variate underflows. */
function logGamma(rng: Random, shape: number): number {
  if (shape >= 1) return log(gammaAtLeastOne(rng, shape));
  const lg = log(gammaAtLeastOne(rng, shape + 1));
  const u = positiveUniform(rng);
  return u === 1 ? lg : lg + log(u) / shape;
}

/**
 * A Beta(a, b) variate as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) independent (L. Devroye,
 * Non-Uniform Random Variate Generation, Springer, 1986, ch. IX, the beta density). With a shape
 * below 1 the ratio is formed in logs, so that tiny shapes give values near 0 or 1 instead of 0 / 0;
 * when both variates underflow the draw is 1 with probability a / (a + b), the limiting Bernoulli.
 * Shapes <= 0 are treated as the limit shape -> 0+.
 */
export function beta(rng: Random, a: number, b: number): number {
  finite("a", a);
  finite("b", b);
  if (a <= 0) a = MIN_VALUE;
  if (b <= 0) b = MIN_VALUE;
  if (a >= 1 && b >= 1) {
    const x = gammaAtLeastOne(rng, a);
    const y = gammaAtLeastOne(rng, b);
    const sum = x + y;
    const r = isFiniteNumber(sum) ? x / sum : (x / 2) / (x / 2 + y / 2);
    return r > 1 ? 1 : r;
  }
  const lx = logGamma(rng, a);
  const ly = logGamma(rng, b);
  if (lx === -Infinity && ly === -Infinity) return rng.next() < a / (a + b) ? 1 : 0;
  return 1 / (1 + exp(ly - lx));
}

/**
 * Fills `out` with a point uniform on the simplex {x >= 0, sum x = 1} (the flat Dirichlet(1, ..., 1)):
 * E_i = -log U_i normalised by their sum (Devroye 1986, ch. V, uniform and exponential spacings).
 * U is drawn in (0, 1] so every E_i is finite. The sum is 1 up to rounding (a few ulps), not exactly.
 */
export function uniformSimplex(rng: Random, out: Float64Array): void {
  const n = out.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = 0 - log(positiveUniform(rng)); // +0, not -0, when U = 1
    out[i] = e;
    sum += e;
  }
  if (sum > 0) {
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) / sum;
  } else {
    out.fill(1 / n); // every U was exactly 1: probability 2^-53 per coordinate
  }
}

/** One draw of a three-point estimate; `uniform` ignores the mode, `pert` uses lambda = 4. */
export function sample(rng: Random, distribution: Distribution, low: number, mode: number, high: number): number {
  switch (distribution) {
    case "triangular":
      return triangular(rng, low, mode, high);
    case "pert":
      return pert(rng, low, mode, high);
    case "uniform":
      finite("mode", mode);
      return uniform(rng, low, high);
    default: {
      const unknown: never = distribution;
      throw new RangeError(`unknown distribution ${String(unknown)}`);
    }
  }
}
