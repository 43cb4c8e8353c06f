/**
 * One simulation run, the same code in the Web Worker and on the page (hosts without workers, and
 * tests): prepareAnalysis turns the decision into the engine's input model and uncertain inputs, then
 * the engine's simulate() draws chunk after chunk, pausing between chunks so a cancel can be heard.
 * The settings go to simulate() exactly as analyzeProblem passes them to simulateSync, so a seed gives
 * the same result here, in the worker, in the CLI and in the refreshed report.
 */
import { CHUNK_DRAWS, MAX_DRAWS, MIN_DRAWS, prepareAnalysis, simulate, validDraws, type CancelSignal, type Decision } from "../../core/index";
import { type SimulationOutcome, type SimulationProgress, type SimulationSettings } from "./protocol";

export interface RunControl {
  readonly signal: CancelSignal;
  readonly onProgress?: (progress: SimulationProgress) => void;
  /** Awaited after every chunk (see slicedPause). */
  readonly pause?: () => Promise<void>;
}

/** The decision's own simulation settings with the caller's overrides. */
export function resolveSettings(decision: Decision, overrides: Partial<SimulationSettings> = {}): SimulationSettings {
  return {
    draws: overrides.draws ?? decision.settings.simulation.draws,
    seed: overrides.seed ?? decision.settings.simulation.seed,
    weights: overrides.weights ?? decision.settings.simulation.weights,
  };
}

/** Runs the simulation; never throws (an exception becomes a failed outcome with its message). */
export async function runSimulation(decision: Decision, settings: SimulationSettings, control: RunControl): Promise<SimulationOutcome> {
  try {
    if (!validDraws(settings.draws)) return { kind: "failed", issues: [], message: `The number of draws must be a whole number from ${MIN_DRAWS.toLocaleString("en-US")} to ${MAX_DRAWS.toLocaleString("en-US")}.` };
    const ready = prepareAnalysis(decision);
    if (!ready.ok) return { kind: "failed", issues: ready.issues };
    const { inputs, uncertain } = ready.prepared;
    const total = settings.draws;
    // simulate() reports the draws scored; progress counts the draws attempted, so it reaches the total
    // even when some draws cannot be scored. Every chunk but the last holds CHUNK_DRAWS draws.
    let chunks = 0;
    const run = await simulate(
      inputs,
      { draws: settings.draws, seed: settings.seed, weights: settings.weights, inputs: uncertain },
      {
        signal: control.signal,
        onProgress: () => control.onProgress?.({ done: Math.min(total, ++chunks * CHUNK_DRAWS), total }),
        ...(control.pause ? { pause: control.pause } : {}),
      },
    );
    if (!run.ok) return { kind: "failed", issues: run.issues };
    return { kind: control.signal.aborted ? "cancelled" : "done", result: run.result };
  } catch (error) {
    return { kind: "failed", issues: [], message: error instanceof Error ? error.message : String(error) };
  }
}

/** A pause that hands control back to the event loop (where a cancel message or a click waits). */
export type Yield = () => Promise<void>;

export const timeoutYield: Yield = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A pause for simulate() that yields to the event loop only once `sliceMs` have passed since the last
 * yield: a chunk of a small decision takes well under a millisecond, and yielding after each would cost
 * more than the draws (browsers clamp nested timeouts to 4 ms). 0 yields after every chunk.
 */
export function slicedPause(yieldNow: Yield, sliceMs: number, now: () => number = () => performance.now()): () => Promise<void> {
  let last = now();
  return async () => {
    if (now() - last < sliceMs) return;
    await yieldNow();
    last = now();
  };
}
