/**
 * startSimulation on the page's thread (Node has no Worker) and through the worker protocol (a fake
 * Worker running the real message handler, spawn-worker.double.ts): the same bits as the engine's
 * simulateSync for the same seed, progress, cancel, failures, and the fall-backs when workers fail.
 */
import { CHUNK_DRAWS, analyzeDecision, prepareAnalysis, simulateSync, type Decision, type SmaaResult } from "../../../src/core/index";
import { startSimulation, type SimulationHandle, type StartOptions } from "../../../src/taskpane/simulation/client";
import type { SimulationOutcome, SimulationProgress, SimulationSettings } from "../../../src/taskpane/simulation/protocol";
import { double } from "./spawn-worker.double";
import { dominated, sample } from "./problems";

function expected(decision: Decision, settings: SimulationSettings): SmaaResult {
  const ready = prepareAnalysis(decision);
  if (!ready.ok) throw new Error("decision unsolvable");
  const run = simulateSync(ready.prepared.inputs, { ...settings, inputs: ready.prepared.uncertain });
  if (!run.ok) throw new Error("simulation refused");
  return run.result;
}

function resultOf(outcome: SimulationOutcome): SmaaResult {
  if (outcome.kind === "failed") throw new Error(`failed: ${outcome.message ?? JSON.stringify(outcome.issues)}`);
  return outcome.result;
}

/** Every acceptability value, compared with Object.is (bit for bit, -0 apart from 0). */
function expectSameBits(actual: SmaaResult, wanted: SmaaResult): void {
  const bits = (r: SmaaResult) => r.acceptability.flat().map((e) => [e.value, e.standardError]);
  bits(actual).forEach(([value, se], k) => {
    expect(Object.is(value, bits(wanted)[k]?.[0])).toBe(true);
    expect(Object.is(se, bits(wanted)[k]?.[1])).toBe(true);
  });
  expect(actual).toEqual(wanted);
}

const settings: SimulationSettings = { draws: 3500, seed: 7, weights: { kind: "around", percent: 50 } };

describe.each([
  ["on the page", { where: "page" } as StartOptions],
  ["in the worker", {} as StartOptions],
])("a simulation %s", (_where, options) => {
  beforeAll(() => {
    // Node has no Worker; defining one sends "auto" runs through the (fake) worker.
    if (options.where !== "page") Object.assign(globalThis, { Worker: class {} });
  });
  afterAll(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
  });
  beforeEach(() => {
    double.behaviour = "works";
    double.spawned.length = 0;
  });

  it("gives exactly simulateSync's result for the same seed, uncertain inputs and a partial last chunk", async () => {
    const outcome = await startSimulation(sample, settings, options).result;
    expect(outcome.kind).toBe("done");
    expectSameBits(resultOf(outcome), expected(sample, settings));
    expect(double.spawned.length).toBe(options.where === "page" ? 0 : 1);
  });

  it("uses the decision's own draws, seed and weights unless told otherwise: the refreshed report's simulation", async () => {
    const analysis = analyzeDecision(sample);
    if (!analysis.ok || !analysis.simulation) throw new Error("sample did not analyse");
    expect(resultOf(await startSimulation(sample, {}, options).result)).toEqual(analysis.simulation);
  });

  it("reports progress in draws attempted, rising by at most a chunk at a time, ending at the total", async () => {
    const seen: SimulationProgress[] = [];
    const outcome = await startSimulation(sample, settings, { ...options, sliceMs: 0, onProgress: (p) => seen.push(p) }).result;
    expect(outcome.kind).toBe("done");
    expect(seen.length).toBe(Math.ceil(settings.draws / CHUNK_DRAWS));
    seen.forEach((p, k) => {
      expect(p.total).toBe(settings.draws);
      const before = k === 0 ? 0 : (seen[k - 1]?.done ?? 0);
      expect(p.done).toBeGreaterThan(before);
      expect(p.done - before).toBeLessThanOrEqual(CHUNK_DRAWS);
    });
    expect(seen.at(-1)?.done).toBe(settings.draws);
  });

  it("stops early when cancelled, with a result over the draws made that says so", async () => {
    const big = { ...settings, draws: 200_000 };
    const handle: SimulationHandle = startSimulation(sample, big, {
      ...options,
      sliceMs: 0,
      // Progress comes after a yield, so `handle` is set by then.
      onProgress: (p) => p.done >= 2 * CHUNK_DRAWS && handle.cancel(),
    });
    const outcome = await handle.result;
    expect(outcome.kind).toBe("cancelled");
    const result = resultOf(outcome);
    expect(result.draws).toBeGreaterThanOrEqual(2 * CHUNK_DRAWS);
    expect(result.draws).toBeLessThan(big.draws / 10);
    expect(result.requested).toBe(big.draws);
    expect(result.issues).toContainEqual({ code: "simulation-cancelled", completed: result.draws, requested: big.draws });
    // The draws made are the first chunks of the full run: the acceptability of a run asked for just them.
    expect(result.acceptability).toEqual(expected(sample, { ...big, draws: result.draws }).acceptability);
  });

  it("fails with the engine's issues when the weight setting names an unknown criterion", async () => {
    const outcome = await startSimulation(dominated, { weights: { kind: "order", order: ["Nonsense", "Speed"] } }, options).result;
    expect(outcome).toEqual({ kind: "failed", issues: [{ code: "criterion-not-found", criterion: "Nonsense" }] });
  });

  it("fails with a sentence when the draws are out of range", async () => {
    const outcome = await startSimulation(dominated, { draws: 2_000_000 }, options).result;
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.message).toMatch(/whole number from 1 to 1,000,000/);
  });

  it("accepts a cancel after the run has ended", async () => {
    const handle = startSimulation(dominated, {}, options);
    expect((await handle.result).kind).toBe("done");
    expect(() => handle.cancel()).not.toThrow();
  });
});

describe("the worker path's fall-backs", () => {
  beforeAll(() => Object.assign(globalThis, { Worker: class {} }));
  afterAll(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
    double.behaviour = "works";
  });

  it("ends the worker once the run is over", async () => {
    double.behaviour = "works";
    double.spawned.length = 0;
    await startSimulation(dominated).result;
    expect(double.spawned.map((w) => w.terminated)).toEqual([true]);
  });

  it("runs on the page, with the same result, when no worker can be created", async () => {
    double.behaviour = "spawn-throws";
    expect(resultOf(await startSimulation(sample, settings).result)).toEqual(expected(sample, settings));
  });

  it("runs on the page, with the same result, when the worker's script fails to load", async () => {
    double.behaviour = "fails-to-load";
    double.spawned.length = 0;
    expect(resultOf(await startSimulation(sample, settings).result)).toEqual(expected(sample, settings));
    expect(double.spawned[0]?.terminated).toBe(true);
  });

  it("passes a cancel made before the worker failed on to the page run", async () => {
    double.behaviour = "fails-to-load";
    const handle = startSimulation(sample, { ...settings, draws: 100_000 });
    handle.cancel();
    const outcome = await handle.result;
    expect(outcome.kind).toBe("cancelled");
    expect(resultOf(outcome).draws).toBe(0);
  });
});
