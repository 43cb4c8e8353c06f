/**
 * Starts a simulation off the page's thread: in a Web Worker where the host has them, else on the page
 * in slices (setTimeout between them) so the task pane still repaints and hears Cancel. Both run the
 * same engine code (engine.ts) with the same settings, so a seed gives the same result either way.
 */
import type { Decision } from "../../core/index";
import { resolveSettings, runSimulation, slicedPause, timeoutYield } from "./engine";
import type { FromWorker, SimulationOutcome, SimulationProgress, SimulationSettings, ToWorker } from "./protocol";
import { spawnSimulationWorker } from "./spawn-worker";

export interface SimulationHandle {
  /** Resolves once, when the run is done, cancelled or failed; never rejects. */
  readonly result: Promise<SimulationOutcome>;
  /** Stops after the chunk in progress; the result then covers the draws made. Safe to call at any time. */
  cancel(): void;
}

export interface StartOptions {
  readonly onProgress?: (progress: SimulationProgress) => void;
  /** "auto" (default): a worker where `Worker` exists. "page" runs on the page's thread. */
  readonly where?: "auto" | "page";
  /** On the page, how long to compute between yields (default 12 ms, under a 60 Hz frame); 0 yields after every chunk. */
  readonly sliceMs?: number;
}

const PAGE_SLICE_MS = 12;

let nextId = 1;

/** Runs the decision's simulation with `settings` overriding the decision's own (draws, seed, weights). */
export function startSimulation(decision: Decision, settings: Partial<SimulationSettings> = {}, options: StartOptions = {}): SimulationHandle {
  const resolved = resolveSettings(decision, settings);
  if (options.where !== "page" && typeof Worker !== "undefined") {
    const handle = inWorker(decision, resolved, options);
    if (handle) return handle;
  }
  return onPage(decision, resolved, options);
}

function onPage(decision: Decision, settings: SimulationSettings, options: StartOptions): SimulationHandle {
  const signal = { aborted: false };
  const pause = slicedPause(timeoutYield, options.sliceMs ?? PAGE_SLICE_MS);
  // Yield once first, so the caller can show that the run started before the first slice computes.
  const result = timeoutYield().then(() => runSimulation(decision, settings, { signal, pause, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }));
  return {
    result,
    cancel: () => {
      signal.aborted = true;
    },
  };
}

/** A run in a new worker (ended once the run ends), or null when no worker can be started here. */
function inWorker(decision: Decision, settings: SimulationSettings, options: StartOptions): SimulationHandle | null {
  let worker: Worker;
  try {
    worker = spawnSimulationWorker();
  } catch {
    return null;
  }
  const id = nextId++;
  let settled = false;
  let heard = false;
  // Until the worker is heard from, a cancel is remembered here; after a fall-back to the page, it goes there.
  let cancelled = false;
  let fallback: SimulationHandle | null = null;
  const result = new Promise<SimulationOutcome>((resolve) => {
    const finish = (outcome: SimulationOutcome) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.id !== id || message.kind === "analysis") return;
      heard = true;
      if (message.kind === "progress") {
        options.onProgress?.({ done: message.done, total: message.total });
        return;
      }
      const { id: _id, ...outcome } = message;
      finish(outcome);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (settled) return;
      if (heard) {
        finish({ kind: "failed", issues: [], message: event.message || "The simulation worker stopped." });
        return;
      }
      // The worker's script could not load or start (a host that blocks workers): run on the page instead.
      settled = true;
      worker.terminate();
      fallback = onPage(decision, settings, options);
      if (cancelled) fallback.cancel();
      void fallback.result.then(resolve);
    };
    try {
      const run: ToWorker = { kind: "run", id, decision, ...settings };
      worker.postMessage(run);
    } catch (error) {
      // A decision that cannot be cloned (never the case for a parsed Decision): report it rather than hang.
      finish({ kind: "failed", issues: [], message: error instanceof Error ? error.message : String(error) });
    }
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      if (fallback) fallback.cancel();
      else if (!settled) worker.postMessage({ kind: "cancel", id } satisfies ToWorker);
    },
  };
}
