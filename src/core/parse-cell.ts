import { isBlank, isExcelError, isPlaceholder, type Cell } from "./cells";
import { inferScale } from "./infer";
import type { ScaleIssue } from "./scales/types";
import { readCell, SCALE_KINDS, type ScaleKind, type ScaleSpec } from "./scales/index";

export type ParseCellResult = { readonly ok: true; readonly value: number; readonly scale: ScaleKind } | { readonly ok: false; readonly issue: ScaleIssue | { readonly code: "unknown-scale"; readonly raw: string; readonly scales: readonly ScaleKind[] } };

/**
 * The number the engine reads from one cell, on a named scale or on the scale the value itself suggests
 * ("$50B" is currency, "85%" percent). Behind PIVOT.PARSE.
 * @example parseCell("$50B") // { ok: true, value: 50000000000, scale: "currency" }
 */
export function parseCell(raw: Cell, scale?: string): ParseCellResult {
  let spec: ScaleSpec;
  if (scale !== undefined && scale.trim() !== "") {
    const kind = SCALE_KINDS.find((k) => k === scale.trim().toLowerCase());
    if (!kind) return { ok: false, issue: { code: "unknown-scale", raw: scale, scales: SCALE_KINDS } };
    spec = { kind } as ScaleSpec;
  } else if (isBlank(raw) || isExcelError(raw) || isPlaceholder(raw)) {
    spec = { kind: "number" };
  } else {
    spec = inferScale("", [raw]) ?? { kind: "number" };
  }
  const result = readCell(raw, spec);
  return result.ok ? { ok: true, value: result.value, scale: spec.kind } : { ok: false, issue: result.issue };
}
