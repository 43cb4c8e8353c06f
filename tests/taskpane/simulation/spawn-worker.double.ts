/**
 * Stands in for src/taskpane/simulation/spawn-worker.ts under Jest (jest.config.js maps it): a fake
 * Worker that runs the real worker message handler (createWorkerHandler) in-process. Messages cross
 * through structuredClone and a timer, as they would between threads, so the client's worker path runs
 * end to end in Node. Tests set `double.behaviour` to make spawning throw or the script fail to load.
 */
import { createWorkerHandler } from "../../../src/taskpane/simulation/simulation.worker";
import type { FromWorker, ToWorker } from "../../../src/taskpane/simulation/protocol";

export class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly received: ToWorker[] = [];
  private readonly handle = createWorkerHandler(
    (message) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<FromWorker>);
      }, 0);
    },
    { yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)), sliceMs: 0 },
  );

  constructor(private readonly loads: boolean) {}

  postMessage(message: ToWorker): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      if (!this.loads) {
        this.onerror?.({ message: "", preventDefault: () => undefined } as unknown as ErrorEvent);
        return;
      }
      this.received.push(copy);
      this.handle(copy);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

export const double: { behaviour: "works" | "spawn-throws" | "fails-to-load"; spawned: FakeWorker[] } = { behaviour: "works", spawned: [] };

export function spawnSimulationWorker(): Worker {
  if (double.behaviour === "spawn-throws") throw new Error("workers are blocked here");
  const worker = new FakeWorker(double.behaviour === "works");
  double.spawned.push(worker);
  return worker as unknown as Worker;
}
