// A worker thread for the Monte Carlo benchmark: runs its share of a simulation's chunks with the
// engine's own chunk API (prepareSmaa + runChunks), as a Web Worker in the task pane would, and posts
// the tally back (typed arrays, transferred).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);
const core = require(path.join(path.dirname(fileURLToPath(import.meta.url)), "../lib/core/index.js"));

let prepared = null;
parentPort.on("message", (message) => {
  if (message.kind === "prepare") {
    const ready = core.prepareSmaa(message.inputs, message.settings);
    prepared = ready.ok ? { run: ready.run, seed: message.settings.seed } : null;
    parentPort.postMessage({ kind: "prepared", ok: ready.ok });
    return;
  }
  const tally = core.runChunks(prepared.run, prepared.seed, message.indices);
  parentPort.postMessage({ kind: "tally", tally }, [tally.counts.buffer, tally.shared.buffer, tally.firstWeightSum.buffer, tally.firstWeightSquares.buffer, tally.pairwiseWins.buffer]);
});
