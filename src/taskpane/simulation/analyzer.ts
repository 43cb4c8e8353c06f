/**
 * The pane's analyses (stability, spider, tornado, recommendation: a second on a 500 x 30 table) off the
 * page's thread, in one long-lived worker, so moving a slider never waits for them. At most one request
 * is in flight; while it runs, newer requests replace each other and only the latest is sent next, so
 * the answers keep up with the sliders without queueing every position they passed. Where there is no
 * Worker (or it cannot start), the same analysis runs on the page after a timeout.
 */
import type { AnalysisResult, Decision } from "../../core/index";
import type { FromWorker, ToWorker } from "./protocol";
import { analysisAnswer } from "./simulation.worker";
import { spawnSimulationWorker } from "./spawn-worker";

/** What a request resolves to when a newer one replaced it before it was sent. */
export const SUPERSEDED = Symbol("superseded");

export type Answer = AnalysisResult | null | typeof SUPERSEDED;

export interface Analyzer {
  analyze(decision: Decision): Promise<Answer>;
  dispose(): void;
}

interface Request {
  readonly decision: Decision;
  readonly resolve: (answer: Answer) => void;
}

export function createAnalyzer(options: { where?: "auto" | "page" } = {}): Analyzer {
  let worker: Worker | null = null;
  if (options.where !== "page" && typeof Worker !== "undefined") {
    try {
      worker = spawnSimulationWorker();
    } catch {
      worker = null;
    }
  }
  let nextId = 1;
  let inFlight: (Request & { id: number }) | null = null;
  let queued: Request | null = null;
  let disposed = false;

  const settle = (answer: Answer) => {
    const done = inFlight;
    inFlight = null;
    done?.resolve(answer);
    if (queued && !disposed) {
      const next = queued;
      queued = null;
      send(next);
    }
  };

  const onPage = (request: Request & { id: number }) => {
    setTimeout(() => {
      if (inFlight?.id === request.id) settle(disposed ? SUPERSEDED : analysisAnswer(request.id, request.decision).result);
    }, 0);
  };

  const send = (request: Request) => {
    const current = { ...request, id: nextId++ };
    inFlight = current;
    if (!worker) return onPage(current);
    try {
      worker.postMessage({ kind: "analyze", id: current.id, decision: current.decision } satisfies ToWorker);
    } catch {
      onPage(current);
    }
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === "analysis" && message.id === inFlight?.id) settle(message.result);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      // The worker could not start or died: carry on on the page, the request in flight included.
      worker?.terminate();
      worker = null;
      if (inFlight) onPage(inFlight);
    };
  }

  return {
    analyze: (decision) =>
      new Promise<Answer>((resolve) => {
        if (disposed) return resolve(SUPERSEDED);
        if (!inFlight) return send({ decision, resolve });
        queued?.resolve(SUPERSEDED);
        queued = { decision, resolve };
      }),
    dispose: () => {
      disposed = true;
      worker?.terminate();
      worker = null;
      queued?.resolve(SUPERSEDED);
      queued = null;
      inFlight?.resolve(SUPERSEDED);
      inFlight = null;
    },
  };
}
