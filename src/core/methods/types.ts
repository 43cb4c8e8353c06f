import "../zod";
import type { z } from "zod";
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

/**
 * A method as the registry (index.ts) holds it; every list, schema and type about methods derives from
 * the registry's records.
 */
export interface Method<Name extends string, Settings extends z.ZodObject<z.core.$ZodShape>, Details extends object> {
  /** The name files, settings and PIVOT.* use, lower case. */
  readonly name: Name;
  /** Other names analysts write for it, lower case with single spaces ("weighted sum"). */
  readonly aliases?: readonly string[];
  /** Its settings with their defaults; the registry adds `name` and refuses unknown keys. */
  readonly settings: Settings;
  /** Runs it on a finite matrix whose weights sum to 1. Never throws. */
  readonly run: (input: MethodInput, settings: z.output<Settings>) => MethodResult<Details>;
  /**
   * True when, for a fixed matrix, every score is linear in the weights: score(w) = sum_j w_j score(e_j)
   * for weights summing to 1, with the method defined at each unit vector e_j and higher scores better.
   * Sensitivity and simulation then use those coefficients (analysis/evaluator.ts) instead of re-running it.
   */
  readonly linear: boolean;
}

/** A method's record, its name kept literal and its `run` checked against its own settings. */
export const defineMethod = <const Name extends string, Settings extends z.ZodObject<z.core.$ZodShape>, Details extends object>(method: Method<Name, Settings, Details>): Method<Name, Settings, Details> => method;
