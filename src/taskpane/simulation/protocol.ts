/**
 * The messages between the task pane and the simulation Web Worker (simulation.worker.ts). Everything in
 * them is structured-cloneable: a Decision (the cells read and the zod-parsed settings) is plain data, and so is an SmaaResult.
 *
 * The page sends one "run" per worker id and may follow it with a "cancel" for that id. The worker
 * answers with "progress" after every chunk of draws, then exactly one of "done", "cancelled" or
 * "failed". A cancelled run still carries a result: the one the engine finishes from the draws made
 * before the cancel was seen (its issues include simulation-cancelled when draws fell short).
 */
import type { AnalysisResult, Issue, Decision, SimulationWeights, SmaaResult } from "../../core/index";

/** What one run uses: the decision's own simulation settings unless the caller overrides them. */
export interface SimulationSettings {
  /** Draws to make, a whole number from 1 to 1,000,000 (the problem schema's bounds). */
  readonly draws: number;
  readonly seed: number | string;
  readonly weights: SimulationWeights;
}


export type ToWorker =
  | ({ readonly kind: "run"; readonly id: number; readonly decision: Decision } & SimulationSettings)
  | { readonly kind: "cancel"; readonly id: number }
  /** The task pane's analyses without the simulation (sensitivity, tornado, recommendation) for the weights on screen. */
  | { readonly kind: "analyze"; readonly id: number; readonly decision: Decision };

/** How a run ended. */
export type SimulationOutcome =
  | { readonly kind: "done"; readonly result: SmaaResult }
  /** Stopped by a cancel: the result covers the draws made before it was seen. */
  | { readonly kind: "cancelled"; readonly result: SmaaResult }
  /** The decision cannot be ranked or simulated (issues), or the run threw (message). */
  | { readonly kind: "failed"; readonly issues: readonly Issue[]; readonly message?: string };

/** Draws attempted so far (failed draws included), out of the draws asked for. */
export interface SimulationProgress {
  readonly done: number;
  readonly total: number;
}

/** The answer to "analyze": null with a message when the analysis threw (never on the workbook's data). */
export interface AnalysisMessage {
  readonly kind: "analysis";
  readonly id: number;
  readonly result: AnalysisResult | null;
  readonly message?: string;
}

export type FromWorker = ({ readonly kind: "progress"; readonly id: number } & SimulationProgress) | (SimulationOutcome & { readonly id: number }) | AnalysisMessage;
