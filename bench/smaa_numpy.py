#!/usr/bin/env python3
"""NumPy reference for the Monte Carlo benchmark in bench/run.mjs (SMAA-2 rank acceptability, weighted sum).

Usage: python3 bench/smaa_numpy.py MATRIX.json [--draws 10000] [--seed 1] [--warmup 3] [--runs 15]

MATRIX.json holds {"values": [[...n numbers] x m], "directions": ["benefit" | "cost", ...]}, written by
bench/run.mjs so that both sides compute on the same numbers. The computation, vectorised:

  1. min-max normalise each column: benefit (x - min) / (max - min), cost (max - x) / (max - min)
     (a constant column normalises to 0, as in src/core/normalize.ts);
  2. draw `draws` weight vectors uniform on the simplex (normalised standard exponentials,
     numpy.random.default_rng(seed));
  3. scores = W @ R.T (draws x m);
  4. rank the options in every draw (descending score);
  5. rank acceptability b[i, r] = (draws with option i at rank r + 1) / draws.

Steps 1-5 are timed (the numpy import and reading the file are not), as the engine's simulateSync,
which also normalises once before its draw loop, is timed whole: the median of `runs` runs after
`warmup` runs. Prints one JSON object on stdout:
{"median_ms", "p90_ms", "runs", "warmup", "numpy", "python", "acceptability"}.
Exits with code 3 when numpy cannot be imported.
"""

import argparse
import json
import sys
import time

try:
    import numpy as np
except ImportError as error:  # bench/run.mjs reads exit code 3 as "numpy not installed" and skips the comparison
    sys.stderr.write(f"numpy is not installed: {error}\n")
    sys.exit(3)


def normalise(x, cost):
    lo = x.min(axis=0)
    hi = x.max(axis=0)
    span = hi - lo
    oriented = np.where(cost, hi - x, x - lo)
    safe = np.where(span > 0, span, 1.0)
    return np.where(span > 0, oriented / safe, 0.0)


def acceptability(x, cost, draws, seed):
    R = normalise(x, cost)
    m, n = R.shape
    rng = np.random.default_rng(seed)
    W = rng.standard_exponential((draws, n))
    W /= W.sum(axis=1, keepdims=True)
    scores = W @ R.T  # draws x m
    # order[d, r] is the option at rank r + 1 in draw d (one argsort; the inverse permutation, i.e.
    # argsort of argsort, is not needed to count). Ties have probability zero with continuous weights.
    order = np.argsort(-scores, axis=1)
    counts = np.bincount((order * m + np.arange(m)).ravel(), minlength=m * m)
    return counts.reshape(m, m) / draws


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("matrix")
    parser.add_argument("--draws", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    with open(args.matrix, encoding="utf-8") as f:
        data = json.load(f)
    x = np.asarray(data["values"], dtype=np.float64)
    cost = np.array([d == "cost" for d in data["directions"]])

    for _ in range(args.warmup):
        acceptability(x, cost, args.draws, args.seed)
    times = []
    result = None
    for _ in range(args.runs):
        start = time.perf_counter()
        result = acceptability(x, cost, args.draws, args.seed)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    json.dump(
        {
            "median_ms": times[len(times) // 2],
            "p90_ms": times[int(len(times) * 0.9)],
            "runs": args.runs,
            "warmup": args.warmup,
            "numpy": np.__version__,
            "python": sys.version.split()[0],
            "acceptability": result.tolist(),
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
