import type { MethodIssue } from "../issues";
import type { Direction } from "../normalize";

/** What every method receives: a finite m x n matrix (options x criteria), directions and weights summing to 1. */
export interface MethodInput {
  readonly values: readonly (readonly number[])[];
  readonly directions: readonly Direction[];
  readonly weights: readonly number[];
  readonly criteria: readonly string[];
  readonly options: readonly string[];
  /**
   * "scores" skips building the options x criteria matrices in the details (they come back empty);
   * for callers that run a method many times and read only the scores, such as simulations.
   */
  readonly detail?: "full" | "scores";
}

export interface MethodScores<Details> {
  readonly ok: true;
  /** The method's own final score per option, in input order. */
  readonly scores: number[];
  /** False for methods whose best score is the smallest (VIKOR's Q). */
  readonly higherIsBetter: boolean;
  /** The method's intermediate values (TOPSIS distances, VIKOR S/R/Q, PROMETHEE flows, ...). */
  readonly details: Details;
  readonly issues: MethodIssue[];
}

export interface MethodFailure {
  readonly ok: false;
  readonly issues: MethodIssue[];
}

export type MethodResult<Details> = MethodScores<Details> | MethodFailure;
