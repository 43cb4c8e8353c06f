import type { Cell } from "../cells";
import type { CellIssue } from "../issues";
import type { ScaleKind } from "./kinds";

/** An issue as a scale reports it: the reader adds the cell, option and criterion. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ScaleIssue = OmitEach<CellIssue, "cell" | "option" | "criterion">;

export type ParseResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly issue: ScaleIssue };

/**
 * A criterion scale: how a cell's content becomes a number in the scale's canonical unit
 * (currency in units, percent as a fraction, duration in months, ordinal as the level's value).
 */
export interface Scale<Spec> {
  readonly kind: ScaleKind;
  /** Parses a non-blank, non-error cell. Never throws. */
  parse(raw: Exclude<Cell, null | undefined>, spec: Spec): ParseResult;
  /** True when a text value is written the way this scale writes values (used to infer scales). */
  recognises(text: string, spec: Spec): boolean;
}
