/**
 * The Monte Carlo in a Web Worker, so the task pane stays responsive during a long run; also the pane's
 * other analyses ("analyze": sensitivity, tornado, recommendation), which take a second on large tables. webpack bundles
 * this file as its own chunk (simulation-worker.js) from spawn-worker.ts. The protocol is in
 * protocol.ts: a "run" starts a simulation, a "cancel" with the same id stops it after the chunk in
 * progress (the worker yields to its message loop between slices of chunks to hear it).
 */
import { analyzeDecision, type Decision } from "../../core/index";
import { runSimulation, slicedPause, timeoutYield, type Yield } from "./engine";
import type { AnalysisMessage, FromWorker, ToWorker } from "./protocol";

/** The analyses the pane shows beside the ranking (everything but the simulation), as a message. */
export function analysisAnswer(id: number, decision: Decision): AnalysisMessage {
  try {
    return { kind: "analysis", id, result: analyzeDecision(decision, { simulate: false }) };
  } catch (error) {
    return { kind: "analysis", id, result: null, message: error instanceof Error ? error.message : String(error) };
  }
}

/** How long the worker computes between looks at its message queue: a cancel waits at most this plus one chunk. */
export const WORKER_SLICE_MS = 15;

/**
 * A yield through a MessageChannel: a message task, so a cancel queued before it runs first, and no
 * 4 ms clamp as with nested timeouts. Falls back to a timeout where MessageChannel is missing.
 */
export const messageYield: Yield = () =>
  typeof MessageChannel === "undefined"
    ? timeoutYield()
    : new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });

/**
 * The worker's message handler, apart from the worker global so tests can drive it in Node: give it
 * the function that posts to the page, then pass it each message the page sends.
 */
export function createWorkerHandler(post: (message: FromWorker) => void, options: { yieldNow?: Yield; sliceMs?: number } = {}): (message: ToWorker) => void {
  const running = new Map<number, { aborted: boolean }>();
  return (message) => {
    if (message.kind === "cancel") {
      // A cancel for a run that has already ended (or never started) has nothing to stop.
      const signal = running.get(message.id);
      if (signal) signal.aborted = true;
      return;
    }
    if (message.kind === "analyze") {
      post(analysisAnswer(message.id, message.decision));
      return;
    }
    const { id, decision, draws, seed, weights } = message;
    const signal = { aborted: false };
    running.set(id, signal);
    const pause = slicedPause(options.yieldNow ?? messageYield, options.sliceMs ?? WORKER_SLICE_MS);
    void runSimulation(decision, { draws, seed, weights }, { signal, pause, onProgress: (p) => post({ kind: "progress", id, ...p }) }).then((outcome) => {
      running.delete(id);
      post({ ...outcome, id });
    });
  };
}

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

// Wired only inside a worker: importing this module elsewhere (tests) has no effect.
if ("WorkerGlobalScope" in globalThis) {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createWorkerHandler((message) => scope.postMessage(message));
  scope.onmessage = (event) => handle(event.data);
}
