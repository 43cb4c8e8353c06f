/**
 * The one place that names the worker's file. webpack 5 recognises `new Worker(new URL(..., import.meta.url))`
 * and bundles simulation.worker.ts, with the engine, as its own chunk (simulation-worker.js) with its own
 * runtime. Kept apart because import.meta does not parse in the CommonJS that ts-jest compiles to: Jest
 * maps this module to tests/taskpane/simulation/spawn-worker.double.ts (jest.config.js).
 */
export function spawnSimulationWorker(): Worker {
  return new Worker(new URL("./simulation.worker.ts", import.meta.url), { name: "simulation-worker" });
}
