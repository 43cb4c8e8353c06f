/**
 * The simulation worker's message handler, driven directly in Node (no Worker): messages in, messages
 * out, cancel seen between chunks, runs kept apart by id; and its wiring to a worker's global scope.
 */
import { CHUNK_DRAWS, prepareAnalysis, simulateSync, type SmaaResult } from "../../../src/core/index";
import type { FromWorker, SimulationSettings, ToWorker } from "../../../src/taskpane/simulation/protocol";
import { createWorkerHandler } from "../../../src/taskpane/simulation/simulation.worker";
import { dominated, sample } from "./problems";

const settings: SimulationSettings = { draws: 2500, seed: "worker", weights: { kind: "uniform" } };

function simulateSyncOf(draws: number): SmaaResult {
  const ready = prepareAnalysis(sample);
  if (!ready.ok) throw new Error("sample unsolvable");
  const run = simulateSync(ready.prepared.inputs, { ...settings, draws, inputs: ready.prepared.uncertain });
  if (!run.ok) throw new Error("refused");
  return run.result;
}

/** A handler whose posts are collected, and a promise for the run's last message. */
function harness(options: Parameters<typeof createWorkerHandler>[1] = { sliceMs: 0 }) {
  const posted: FromWorker[] = [];
  const waiting = new Map<number, (message: FromWorker) => void>();
  const handle = createWorkerHandler((message) => {
    posted.push(message);
    if (message.kind !== "progress") waiting.get(message.id)?.(message);
  }, options);
  const ended = (id: number) => new Promise<FromWorker>((resolve) => waiting.set(id, resolve));
  return { posted, handle, ended };
}

const run = (id: number, draws = settings.draws): Extract<ToWorker, { kind: "run" }> => ({ kind: "run", id, decision: sample, ...settings, draws });

describe("the simulation worker's handler", () => {
  it("posts progress after every chunk, then the result simulateSync gives for the seed", async () => {
    const { posted, handle, ended } = harness();
    const end = ended(1);
    handle(run(1));
    expect(await end).toEqual({ kind: "done", id: 1, result: simulateSyncOf(settings.draws) });
    expect(posted.filter((m) => m.kind === "progress")).toEqual([
      { kind: "progress", id: 1, done: 1000, total: 2500 },
      { kind: "progress", id: 1, done: 2000, total: 2500 },
      { kind: "progress", id: 1, done: 2500, total: 2500 },
    ]);
    expect(posted.at(-1)?.kind).toBe("done");
  });

  it("sees a cancel between chunks and posts the result over the draws made", async () => {
    const { posted, handle, ended } = harness();
    const end = ended(2);
    handle(run(2, 500_000));
    // The handler yields after each chunk (sliceMs 0); a cancel sent now arrives during the first yield.
    await new Promise((resolve) => setTimeout(resolve, 0));
    handle({ kind: "cancel", id: 2 });
    const last = await end;
    if (last.kind !== "cancelled") throw new Error(`expected cancelled, got ${last.kind}`);
    expect(last.result.draws).toBeGreaterThan(0);
    expect(last.result.draws).toBeLessThanOrEqual(5 * CHUNK_DRAWS);
    expect(last.result.issues).toContainEqual({ code: "simulation-cancelled", completed: last.result.draws, requested: 500_000 });
    expect(posted.filter((m) => m.kind === "progress").length).toBe(last.result.draws / CHUNK_DRAWS);
  });

  it("keeps runs apart by id: cancelling one leaves the other to finish", async () => {
    const { handle, ended } = harness();
    const first = ended(3);
    const second = ended(4);
    handle(run(3, 300_000));
    handle({ ...run(4), decision: dominated });
    handle({ kind: "cancel", id: 3 });
    expect((await first).kind).toBe("cancelled");
    const other = await second;
    expect(other.kind === "done" && other.result.acceptability.map((row) => row[0]?.value)).toEqual([1, 0, 0]);
  });

  it("ignores a cancel for a run it does not know", () => {
    const { posted, handle } = harness();
    handle({ kind: "cancel", id: 99 });
    expect(posted).toEqual([]);
  });

  it("posts failed, with the issues, when the decision cannot be ranked", async () => {
    const { handle, ended } = harness();
    const end = ended(5);
    handle({ ...run(5), decision: { settings: { ...dominated.settings, weights: { method: "direct" } }, cells: { ...dominated.cells, criteria: dominated.cells.criteria.map((c) => ({ ...c, weight: 0 })) } } });
    const last = await end;
    expect(last.kind).toBe("failed");
    expect(last.kind === "failed" && last.issues.length).toBeGreaterThan(0);
  });

  it("yields through its own pause function, once per slice", async () => {
    let yields = 0;
    const { handle, ended } = harness({
      yieldNow: () => {
        yields++;
        return Promise.resolve();
      },
      sliceMs: 0,
    });
    const end = ended(6);
    handle(run(6));
    await end;
    expect(yields).toBe(Math.ceil(settings.draws / CHUNK_DRAWS));
  });
});

describe("the worker module's wiring", () => {
  const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; postMessage?: unknown; onmessage?: unknown };
  afterEach(() => {
    delete scope.WorkerGlobalScope;
    delete scope.postMessage;
    delete scope.onmessage;
  });

  it("does nothing when imported outside a worker", async () => {
    await jest.isolateModulesAsync(async () => {
      await import("../../../src/taskpane/simulation/simulation.worker");
    });
    expect(scope.onmessage).toBeUndefined();
  });

  it("inside a worker, answers the page's messages through the global postMessage", async () => {
    const posted: FromWorker[] = [];
    let resolveEnd: (message: FromWorker) => void = () => undefined;
    const end = new Promise<FromWorker>((resolve) => (resolveEnd = resolve));
    scope.WorkerGlobalScope = function WorkerGlobalScope() {};
    scope.postMessage = (message: FromWorker) => {
      posted.push(message);
      if (message.kind !== "progress") resolveEnd(message);
    };
    await jest.isolateModulesAsync(async () => {
      await import("../../../src/taskpane/simulation/simulation.worker");
    });
    expect(typeof scope.onmessage).toBe("function");
    (scope.onmessage as (event: { data: ToWorker }) => void)({ data: { ...run(7, 1500), decision: dominated } });
    const last = await end;
    expect(last.kind === "done" && last.result.acceptability.map((row) => row[0]?.value)).toEqual([1, 0, 0]);
    expect(posted.map((m) => m.kind)).toEqual(["progress", "progress", "done"]);
  });
});
