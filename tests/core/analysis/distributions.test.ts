/**
 * The samplers against their analytic distributions. Every expected value is computed here from
 * textbook formulas (or, for PERT quantiles and CDF, by Simpson integration of the Beta density),
 * never from the samplers' own output.
 *
 * Tolerances: with a fixed seed the tests are deterministic; each check allows Z = 4 standard errors
 * (a two-sided 6e-5 chance of failing for a correct sampler, had the seed been random):
 * - mean: SE = sigma / sqrt(n);
 * - variance: SE = sqrt((mu4 - sigma^4) / n), mu4 from the distribution's analytic kurtosis;
 * - p-quantile: SE = sqrt(p (1 - p) / n) / f(x_p), the asymptotic SE of a sample quantile;
 * - proportion: SE = sqrt(p (1 - p) / n).
 * The Kolmogorov-Smirnov statistic must stay below its asymptotic 1% critical value
 * sqrt(-ln(0.005) / 2) / sqrt(n) = 1.6276 / sqrt(n).
 */
import fc from "fast-check";
import {
  beta,
  gamma,
  pert,
  sample,
  standardNormal,
  triangular,
  uniform,
  uniformSimplex,
  type Distribution,
} from "../../../src/core/analysis/distributions";
import { xoshiro128ss, type Random } from "../../../src/core/analysis/random";

const N = 200_000;
const Z = 4;
const KS_CRITICAL_1PCT = Math.sqrt(-Math.log(0.005) / 2);
const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];

/** What a sampler's draws are compared with. */
interface Analytic {
  mean: number;
  variance: number;
  /** Excess kurtosis, for the standard error of the sample variance. */
  excessKurtosis: number;
  cdf(x: number): number;
  quantile(p: number): number;
  pdf(x: number): number;
}

function draws(n: number, draw: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}

function meanOf(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function varianceOf(xs: Float64Array): number {
  const m = meanOf(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}

/** The order statistic x_(ceil(n p)) of a sorted sample. */
function sampleQuantile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** sup |F_n - F| over a sorted sample. */
function ksStatistic(sorted: Float64Array, cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  });
  return d;
}

/** Checks mean, variance, quantiles and the KS statistic of n draws against `a`. */
function expectMatches(xs: Float64Array, a: Analytic): void {
  const n = xs.length;
  const sd = Math.sqrt(a.variance);
  expect(Math.abs(meanOf(xs) - a.mean)).toBeLessThan((Z * sd) / Math.sqrt(n));
  const mu4 = (a.excessKurtosis + 3) * a.variance ** 2;
  expect(Math.abs(varianceOf(xs) - a.variance)).toBeLessThan(Z * Math.sqrt((mu4 - a.variance ** 2) / n));
  const sorted = Float64Array.from(xs).sort();
  for (const p of QUANTILES) {
    const q = a.quantile(p);
    const se = Math.sqrt((p * (1 - p)) / n) / a.pdf(q);
    expect(Math.abs(sampleQuantile(sorted, p) - q)).toBeLessThan(Z * se);
  }
  expect(ksStatistic(sorted, a.cdf)).toBeLessThan(KS_CRITICAL_1PCT / Math.sqrt(n));
}

/** Uniform on [a, b]: mean (a + b) / 2, variance (b - a)^2 / 12, excess kurtosis -6/5. */
function uniformAnalytic(a: number, b: number): Analytic {
  return {
    mean: (a + b) / 2,
    variance: (b - a) ** 2 / 12,
    excessKurtosis: -6 / 5,
    cdf: (x) => Math.min(1, Math.max(0, (x - a) / (b - a))),
    quantile: (p) => a + p * (b - a),
    pdf: () => 1 / (b - a),
  };
}

/**
 * Triangular(a, c, b) (e.g. Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions;
 * Wikipedia "Triangular distribution"): mean (a + b + c) / 3, variance
 * (a^2 + b^2 + c^2 - ab - ac - bc) / 18, excess kurtosis -3/5, piecewise-quadratic CDF.
 */
function triangularAnalytic(a: number, c: number, b: number): Analytic {
  const fc = (c - a) / (b - a);
  return {
    mean: (a + b + c) / 3,
    variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    excessKurtosis: -3 / 5,
    cdf: (x) => {
      if (x <= a) return 0;
      if (x >= b) return 1;
      return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
    },
    quantile: (p) => (p < fc ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c))),
    pdf: (x) => (x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : (2 * (b - x)) / ((b - a) * (b - c))),
  };
}

/** Beta(alpha, beta) moments: mean a/(a+b), variance ab/((a+b)^2 (a+b+1)), and the textbook excess kurtosis. */
function betaMoments(al: number, be: number): { mean: number; variance: number; excessKurtosis: number } {
  const s = al + be;
  return {
    mean: al / s,
    variance: (al * be) / (s * s * (s + 1)),
    excessKurtosis: (6 * ((al - be) ** 2 * (s + 1) - al * be * (s + 2))) / (al * be * (s + 2) * (s + 3)),
  };
}

/**
 * The Beta(alpha, beta) CDF tabulated by composite Simpson's rule on `cells` equal cells of [0, 1]
 * (each cell integrated with its midpoint), normalised by the total; linear between cell edges.
 */
function betaByQuadrature(al: number, be: number, cells = 20_000) {
  const density = (t: number) => (t <= 0 || t >= 1 ? (t <= 0 ? (al === 1 ? 1 : 0) : be === 1 ? 1 : 0) : t ** (al - 1) * (1 - t) ** (be - 1));
  const h = 1 / cells;
  const cumulative = new Float64Array(cells + 1);
  for (let i = 0; i < cells; i++) {
    const t0 = i * h;
    const cell = (h / 6) * (density(t0) + 4 * density(t0 + h / 2) + density(t0 + h));
    cumulative[i + 1] = (cumulative[i] ?? 0) + cell;
  }
  const total = cumulative[cells] ?? 1;
  for (let i = 0; i <= cells; i++) cumulative[i] = (cumulative[i] ?? 0) / total;
  return {
    total,
    pdf: (t: number) => density(t) / total,
    cdf: (t: number) => {
      if (t <= 0) return 0;
      if (t >= 1) return 1;
      const i = Math.min(cells - 1, Math.floor(t / h));
      const lo = cumulative[i] ?? 0;
      return lo + ((cumulative[i + 1] ?? 1) - lo) * ((t - i * h) / h);
    },
    quantile: (p: number) => {
      let lo = 0;
      let hi = cells;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) <= p) lo = mid;
        else hi = mid;
      }
      const c0 = cumulative[lo] ?? 0;
      return (lo + (p - c0) / ((cumulative[lo + 1] ?? 1) - c0)) * h;
    },
  };
}

/**
 * PERT(a, m, b; lambda) = a + (b - a) Beta(1 + lambda (m - a)/(b - a), 1 + lambda (b - m)/(b - a)).
 * Mean: (a + 4m + b) / 6 for lambda = 4 and (a + lambda m + b) / (lambda + 2) in general; variance
 * (b - a)^2 times the Beta variance; quantiles and CDF by quadrature.
 */
function pertAnalytic(a: number, m: number, b: number, lambda: number): Analytic {
  const al = 1 + (lambda * (m - a)) / (b - a);
  const be = 1 + (lambda * (b - m)) / (b - a);
  const moments = betaMoments(al, be);
  const q = betaByQuadrature(al, be);
  const w = b - a;
  return {
    mean: lambda === 4 ? (a + 4 * m + b) / 6 : (a + lambda * m + b) / (lambda + 2),
    variance: w * w * moments.variance,
    excessKurtosis: moments.excessKurtosis,
    cdf: (x) => q.cdf((x - a) / w),
    quantile: (p) => a + w * q.quantile(p),
    pdf: (x) => q.pdf((x - a) / w) / w,
  };
}

describe("the analytic side of these tests", () => {
  test("Simpson quadrature reproduces known Beta integrals and the PERT mean", () => {
    expect(betaByQuadrature(1, 5).total).toBeCloseTo(1 / 5, 12); // B(1, 5) = 1/5
    expect(betaByQuadrature(3, 4).total).toBeCloseTo(2 / 120, 12); // B(3, 4) = 2! 3! / 6!
    const b = betaByQuadrature(2.2, 3.8);
    let mean = 0;
    const cells = 10_000;
    for (let i = 0; i < cells; i++) mean += ((i + 0.5) / cells) * (b.cdf((i + 1) / cells) - b.cdf(i / cells));
    expect(mean).toBeCloseTo((0.3 * 4 + 1) / 6, 6); // PERT(0, 0.3, 1) mean
    expect(b.cdf(b.quantile(0.37))).toBeCloseTo(0.37, 9);
  });
});

describe("bounded samplers match their distributions (200,000 draws each)", () => {
  test("uniform(-3, 5)", () => {
    const rng = xoshiro128ss(1);
    expectMatches(draws(N, () => uniform(rng, -3, 5)), uniformAnalytic(-3, 5));
  });

  test.each([
    [0, 0.3, 1],
    [10, 12, 20],
    [-5, -5, 5],
    [2, 7, 7],
  ])("triangular(%d, %d, %d)", (a, c, b) => {
    const rng = xoshiro128ss(`triangular ${a} ${c} ${b}`);
    expectMatches(draws(N, () => triangular(rng, a, c, b)), triangularAnalytic(a, c, b));
  });

  test.each([
    [0, 0.3, 1, 4],
    [10, 12, 20, 4],
    [100, 100, 200, 4],
    [1, 3, 9, 2],
  ])("pert(%d, %d, %d, lambda %d)", (a, m, b, lambda) => {
    const rng = xoshiro128ss(`pert ${a} ${m} ${b} ${lambda}`);
    expectMatches(draws(N, () => pert(rng, a, m, b, lambda)), pertAnalytic(a, m, b, lambda));
  });
});

describe("unbounded samplers", () => {
  test.each([0.5, 1, 3.7])("gamma(%d): mean = variance = shape", (k) => {
    const rng = xoshiro128ss(`gamma ${k}`);
    const xs = draws(N, () => gamma(rng, k));
    // Gamma(k, 1): mean k, variance k, excess kurtosis 6 / k.
    const mu4 = (3 + 6 / k) * k * k;
    expect(Math.abs(meanOf(xs) - k)).toBeLessThan(Z * Math.sqrt(k / N));
    expect(Math.abs(varianceOf(xs) - k)).toBeLessThan(Z * Math.sqrt((mu4 - k * k) / N));
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
  });

  test("gamma(1) is the exponential: KS against 1 - exp(-x)", () => {
    const rng = xoshiro128ss("exponential");
    const sorted = draws(N, () => gamma(rng, 1)).sort();
    expect(ksStatistic(sorted, (x) => 1 - Math.exp(-x))).toBeLessThan(KS_CRITICAL_1PCT / Math.sqrt(N));
  });

  test("beta(0.5, 0.5) (the shape < 1 path) is the arcsine law: KS against (2/pi) asin(sqrt x)", () => {
    const rng = xoshiro128ss("arcsine");
    const xs = draws(N, () => beta(rng, 0.5, 0.5));
    const m = betaMoments(0.5, 0.5);
    expect(Math.abs(meanOf(xs) - m.mean)).toBeLessThan(Z * Math.sqrt(m.variance / N));
    const sorted = xs.sort();
    expect(ksStatistic(sorted, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)))).toBeLessThan(KS_CRITICAL_1PCT / Math.sqrt(N));
  });

  test.each([
    [0.3, 2],
    [2, 5],
  ])("beta(%d, %d): mean and variance", (al, be) => {
    const rng = xoshiro128ss(`beta ${al} ${be}`);
    const xs = draws(N, () => beta(rng, al, be));
    const m = betaMoments(al, be);
    const mu4 = (m.excessKurtosis + 3) * m.variance ** 2;
    expect(Math.abs(meanOf(xs) - m.mean)).toBeLessThan(Z * Math.sqrt(m.variance / N));
    expect(Math.abs(varianceOf(xs) - m.variance)).toBeLessThan(Z * Math.sqrt((mu4 - m.variance ** 2) / N));
  });

  test("standardNormal: mean 0, variance 1, P(|Z| < 1) and P(Z < 1.959964)", () => {
    const rng = xoshiro128ss("normal");
    const xs = draws(N, () => standardNormal(rng));
    expect(Math.abs(meanOf(xs))).toBeLessThan(Z / Math.sqrt(N));
    expect(Math.abs(varianceOf(xs) - 1)).toBeLessThan(Z * Math.sqrt(2 / N)); // mu4 = 3
    // Textbook normal probabilities: Phi(1) - Phi(-1) = 0.682689492..., Phi(1.959964) = 0.975.
    const within = xs.filter((x) => Math.abs(x) < 1).length / N;
    const below = xs.filter((x) => x < 1.959964).length / N;
    expect(Math.abs(within - 0.6826894921)).toBeLessThan(Z * Math.sqrt((0.6827 * 0.3173) / N));
    expect(Math.abs(below - 0.975)).toBeLessThan(Z * Math.sqrt((0.975 * 0.025) / N));
  });
});

describe("uniformSimplex", () => {
  test.each([2, 5])("n = %d: on the simplex, marginals of the flat Dirichlet", (n) => {
    const rng = xoshiro128ss(`simplex ${n}`);
    const draws = 100_000;
    const out = new Float64Array(n);
    const sums = new Float64Array(n);
    const squares = new Float64Array(n);
    let worstSum = 0;
    let negatives = 0;
    for (let k = 0; k < draws; k++) {
      uniformSimplex(rng, out);
      let s = 0;
      out.forEach((x, i) => {
        if (!(x >= 0)) negatives++;
        s += x;
        sums[i] = (sums[i] ?? 0) + x;
        squares[i] = (squares[i] ?? 0) + x * x;
      });
      worstSum = Math.max(worstSum, Math.abs(s - 1));
    }
    expect(negatives).toBe(0);
    expect(worstSum).toBeLessThan(1e-14);
    // Each coordinate is Beta(1, n - 1): mean 1/n, variance (n - 1) / (n^2 (n + 1)).
    const m = betaMoments(1, n - 1);
    expect(m.mean).toBeCloseTo(1 / n, 15);
    expect(m.variance).toBeCloseTo((n - 1) / (n * n * (n + 1)), 15);
    const mu4 = (m.excessKurtosis + 3) * m.variance ** 2;
    for (let i = 0; i < n; i++) {
      const mean = (sums[i] ?? 0) / draws;
      const variance = ((squares[i] ?? 0) - draws * mean * mean) / (draws - 1);
      expect(Math.abs(mean - 1 / n)).toBeLessThan(Z * Math.sqrt(m.variance / draws));
      expect(Math.abs(variance - m.variance)).toBeLessThan(Z * Math.sqrt((mu4 - m.variance ** 2) / draws));
    }
  });

  test("n = 0 and n = 1", () => {
    const rng = xoshiro128ss(0);
    const empty = new Float64Array(0);
    uniformSimplex(rng, empty);
    expect(empty.length).toBe(0);
    const one = new Float64Array(1);
    uniformSimplex(rng, one);
    expect(Array.from(one)).toEqual([1]);
  });
});

describe("edge cases", () => {
  /** Any finite double: huge, tiny, subnormal, signed zeros. */
  const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const seed = fc.integer({ min: 0, max: 0xffffffff });
  const DISTRIBUTIONS: Distribution[] = ["triangular", "pert", "uniform"];

  test("every bounded sampler returns a finite value within [low, high] for any finite inputs", () => {
    fc.assert(
      fc.property(seed, anyFinite, anyFinite, anyFinite, anyFinite, (s, x, y, mode, lambda) => {
        const low = Math.min(x, y);
        const high = Math.max(x, y);
        const rng = xoshiro128ss(s);
        const values = [
          uniform(rng, low, high),
          uniform(rng, high, low),
          triangular(rng, low, mode, high),
          triangular(rng, high, mode, low),
          pert(rng, low, mode, high),
          pert(rng, high, mode, low),
          pert(rng, low, mode, high, lambda),
          ...DISTRIBUTIONS.map((d) => sample(rng, d, low, mode, high)),
        ];
        for (const v of values) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v >= low && v <= high).toBe(true);
        }
      }),
      {
        examples: [
          [1, -Number.MAX_VALUE, Number.MAX_VALUE, 0, 4],
          [2, -Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE],
          [3, 0, Number.MIN_VALUE, Number.MIN_VALUE, 4],
          [4, -Number.MIN_VALUE, Number.MIN_VALUE, -1e300, -1],
          [5, Number.MAX_VALUE, Number.MAX_VALUE * 0.999, 5, 1e-300],
        ],
      },
    );
  });

  test("a degenerate range returns low without drawing", () => {
    fc.assert(
      fc.property(seed, anyFinite, anyFinite, (s, v, mode) => {
        const rng = xoshiro128ss(s);
        const before = rng.state();
        expect(uniform(rng, v, v)).toBe(v);
        expect(triangular(rng, v, mode, v)).toBe(v);
        expect(pert(rng, v, mode, v)).toBe(v);
        for (const d of DISTRIBUTIONS) expect(sample(rng, d, v, mode, v)).toBe(v);
        expect(rng.state()).toEqual(before);
      }),
    );
  });

  test("gamma and beta return finite values in range for any finite shapes", () => {
    fc.assert(
      fc.property(seed, anyFinite, anyFinite, (s, a, b) => {
        const rng = xoshiro128ss(s);
        const g = gamma(rng, a);
        expect(Number.isFinite(g) && g >= 0).toBe(true);
        const x = beta(rng, a, b);
        expect(Number.isFinite(x) && x >= 0 && x <= 1).toBe(true);
      }),
      { examples: [[1, Number.MAX_VALUE, Number.MAX_VALUE], [2, Number.MIN_VALUE, Number.MIN_VALUE], [3, 1e-300, 5], [4, 0, -1], [5, 1e20, 1e-20]] },
    );
  });

  test("a mode outside the range is clamped; reversed bounds are swapped; sample dispatches", () => {
    const draw = (f: (rng: Random) => number) => {
      const rng = xoshiro128ss("same");
      return Array.from({ length: 20 }, () => f(rng));
    };
    expect(draw((r) => triangular(r, 0, 5, 1))).toEqual(draw((r) => triangular(r, 0, 1, 1)));
    expect(draw((r) => triangular(r, 0, -5, 1))).toEqual(draw((r) => triangular(r, 0, 0, 1)));
    expect(draw((r) => pert(r, 0, 9, 1))).toEqual(draw((r) => pert(r, 0, 1, 1)));
    expect(draw((r) => pert(r, 4, 2, 1))).toEqual(draw((r) => pert(r, 1, 2, 4)));
    expect(draw((r) => sample(r, "pert", 1, 2, 4))).toEqual(draw((r) => pert(r, 1, 2, 4, 4)));
    expect(draw((r) => sample(r, "triangular", 1, 2, 4))).toEqual(draw((r) => triangular(r, 1, 2, 4)));
    expect(draw((r) => sample(r, "uniform", 1, 2, 4))).toEqual(draw((r) => uniform(r, 1, 4)));
    expect(draw((r) => pert(r, 1, 2, 4, -3))).toEqual(draw((r) => pert(r, 1, 2, 4, 0)));
  });

  test("non-finite arguments are refused", () => {
    const rng = xoshiro128ss(0);
    expect(() => uniform(rng, 0, Number.NaN)).toThrow(RangeError);
    expect(() => triangular(rng, 0, Infinity, 1)).toThrow(RangeError);
    expect(() => pert(rng, 0, 0.5, 1, Number.NaN)).toThrow(RangeError);
    expect(() => gamma(rng, Infinity)).toThrow(RangeError);
    expect(() => beta(rng, 1, Number.NaN)).toThrow(RangeError);
    expect(() => sample(rng, "uniform", 0, Number.NaN, 1)).toThrow(RangeError);
  });
});
