// Speed targets for the engine (issue: WSM and TOPSIS on 10,000 options x 20 criteria under 5 ms each).
// Runs the compiled engine (lib/, built by `npm run build:cli`), prints a table and rewrites docs/benchmarks.md.
import { createRequire } from "node:module";
import { cpus, totalmem, platform, release } from "node:os";
import { writeFileSync, mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const core = require(path.join(root, "lib/core/index.js"));

/** Park-Miller minimal standard generator: the same matrix on every machine. */
function generator(seed) {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

function matrix(m, n, seed) {
  const next = generator(seed);
  return {
    values: Array.from({ length: m }, () => Array.from({ length: n }, () => 1 + 99 * next())),
    directions: Array.from({ length: n }, (_, j) => (j % 3 === 0 ? "cost" : "benefit")),
    weights: Array.from({ length: n }, () => 1 / n),
    criteria: Array.from({ length: n }, (_, j) => `c${j}`),
    options: Array.from({ length: m }, (_, i) => `o${i}`),
  };
}

function measure(label, fn, { warmup = 5, runs = 30 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(runs / 2)], p90: times[Math.floor(runs * 0.9)], runs };
}

const wsm = core.MethodSpecSchema.parse("wsm");
const topsis = core.MethodSpecSchema.parse("topsis");
const cases = [
  { label: "WSM (min-max), 10,000 x 20: scores", target: 5, fn: (input) => core.runMethod(wsm, { ...input, detail: "scores" }) },
  { label: "TOPSIS (vector), 10,000 x 20: scores", target: 5, fn: (input) => core.runMethod(topsis, { ...input, detail: "scores" }) },
  { label: "WSM, 10,000 x 20: scores + ranks", target: null, fn: (input) => core.rank(core.runMethod(wsm, { ...input, detail: "scores" }).scores) },
  { label: "WSM, 10,000 x 20: scores + full details (normalised and contribution matrices)", target: null, fn: (input) => core.runMethod(wsm, input) },
  { label: "TOPSIS, 10,000 x 20: scores + full details", target: null, fn: (input) => core.runMethod(topsis, input) },
];

const input = matrix(10_000, 20, 42);
const results = cases.map((c) => ({ ...measure(c.label, () => c.fn(input)), target: c.target }));

const cpu = cpus()[0]?.model ?? "unknown CPU";
const machine = `${cpu} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const rows = results.map((r) => `| ${r.label} | ${r.median.toFixed(2)} | ${r.p90.toFixed(2)} | ${r.target === null ? "-" : `< ${r.target}`} | ${r.target === null ? "-" : r.median < r.target ? "met" : "MISSED"} |`);
const markdown = `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs). Times in milliseconds: median and 90th percentile of ${results[0].runs} runs after 5 warm-up runs, on the compiled engine (lib/). The matrix is seeded (same numbers on every machine): values in [1, 100], every third criterion a cost, equal weights.

- Date: ${date}
- Machine: ${machine}

| case | median (ms) | p90 (ms) | target (ms) | status |
|---|---:|---:|---:|---|
${rows.join("\n")}
`;
mkdirSync(path.join(root, "docs"), { recursive: true });
writeFileSync(path.join(root, "docs/benchmarks.md"), markdown);
process.stdout.write(markdown);
