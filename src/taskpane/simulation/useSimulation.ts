/**
 * The simulation as React state: run() starts one (cancelling any run in progress), cancel() stops it,
 * and unmounting cancels it. Progress, the result and a message to show come back as state.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Decision, SmaaResult } from "../../core/index";
import { formatIssue } from "../../locales/en";
import { startSimulation, type SimulationHandle, type StartOptions } from "./client";
import type { SimulationOutcome, SimulationSettings } from "./protocol";

export type SimulationStatus = "idle" | "running" | "done" | "cancelled" | "failed";

export interface SimulationState {
  readonly status: SimulationStatus;
  /** Draws attempted so far, and asked for. */
  readonly done: number;
  readonly total: number;
  /** The result of a finished run, or of the draws made before a cancel. */
  readonly result?: SmaaResult;
  /** Why a run failed, or what a cancelled run covers, in a sentence. */
  readonly message?: string;
}

export interface UseSimulation extends SimulationState {
  run(settings?: Partial<SimulationSettings>): void;
  cancel(): void;
}

const IDLE: SimulationState = { status: "idle", done: 0, total: 0 };

/** The state a run ends in. */
export function settledState(outcome: SimulationOutcome, total: number): SimulationState {
  switch (outcome.kind) {
    case "done":
      return { status: "done", done: total, total, result: outcome.result };
    case "cancelled": {
      const cancelled = outcome.result.issues.find((i) => i.code === "simulation-cancelled");
      const draws = outcome.result.draws.toLocaleString("en-US");
      return {
        status: "cancelled",
        done: outcome.result.draws,
        total,
        result: outcome.result,
        message: cancelled ? formatIssue(cancelled) : `The simulation was cancelled after all ${draws} draws had been made.`,
      };
    }
    case "failed": {
      const messages = [...(outcome.message ? [outcome.message] : []), ...outcome.issues.slice(0, 3).map((i) => formatIssue(i))];
      return { status: "failed", done: 0, total, message: messages.join(" ") || "The simulation could not run." };
    }
  }
}

/** `options` are fixed for the hook's life (they choose where runs happen; tests pass "page"). */
export function useSimulation(decision: Decision, options: Omit<StartOptions, "onProgress"> = {}): UseSimulation {
  const [state, setState] = useState<SimulationState>(IDLE);
  const current = useRef<SimulationHandle | null>(null);
  const fixed = useRef(options);

  const cancel = useCallback(() => current.current?.cancel(), []);

  const run = useCallback(
    (settings: Partial<SimulationSettings> = {}) => {
      current.current?.cancel();
      const total = settings.draws ?? decision.settings.simulation.draws;
      setState({ status: "running", done: 0, total });
      const handle = startSimulation(decision, settings, {
        ...fixed.current,
        onProgress: (p) => {
          if (current.current === handle) setState((s) => ({ ...s, done: p.done, total: p.total }));
        },
      });
      current.current = handle;
      void handle.result.then((outcome) => {
        // A run replaced by a newer one (or left behind by unmounting) reports nothing.
        if (current.current !== handle) return;
        current.current = null;
        setState(settledState(outcome, total));
      });
    },
    [decision],
  );

  useEffect(
    () => () => {
      current.current?.cancel();
      current.current = null;
    },
    [],
  );

  return { ...state, run, cancel };
}
