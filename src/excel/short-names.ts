/**
 * "Install short names": workbook names PIVOTSCORE, PIVOTRANK, ... defined as LAMBDA wrappers over the
 * PIVOT.* custom functions, so analysts can write =PIVOTSCORE(...). Needs Excel with LAMBDA and
 * ISOMITTED (Microsoft 365, Excel 2024); the install first checks that with a probe name.
 *
 * A workbook name is the analyst's unless it carries our comment: a name of the same spelling that the
 * analyst defined is never replaced (it is reported as skipped).
 */
import type { ShortNamesResult } from "../workbook/pane";

/** The comment that marks a name as PivotScore's own. */
export const SHORT_NAME_MARK = "PivotScore short name for";

interface Signature {
  readonly name: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

const SIGNATURES: readonly Signature[] = [
  { name: "SCORE", required: ["table"], optional: ["criteria", "option", "method", "scenarios", "scenario"] },
  { name: "RANK", required: ["table"], optional: ["criteria", "option", "method", "scenarios", "scenario"] },
  { name: "RECOMMEND", required: ["table"], optional: ["criteria", "count", "method", "scenarios", "scenario"] },
  { name: "CONTRIB", required: ["table"], optional: ["criteria", "method", "scenarios", "scenario"] },
  { name: "SENSITIVITY", required: ["table"], optional: ["criteria", "method", "scenarios", "scenario"] },
  { name: "SIMULATE", required: ["table"], optional: ["criteria", "draws", "seed", "weights", "method", "scenarios", "scenario"] },
  { name: "WEIGHTS", required: ["input"], optional: ["method", "criteria"] },
  { name: "PARSE", required: ["value"], optional: ["scale"] },
];

export interface ShortName {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

/**
 * The names and their LAMBDA formulas. An omitted optional parameter is passed on as "" (ISOMITTED),
 * which every PIVOT.* function reads as "omitted".
 */
export function shortNames(): ShortName[] {
  return SIGNATURES.map((s) => {
    const params = [...s.required, ...s.optional.map((p) => `[${p}]`)].join(",");
    const args = [...s.required, ...s.optional.map((p) => `IF(ISOMITTED(${p}),"",${p})`)].join(",");
    return { name: `PIVOT${s.name}`, formula: `=LAMBDA(${params},PIVOT.${s.name}(${args}))`, comment: `${SHORT_NAME_MARK} PIVOT.${s.name}` };
  });
}

/** A throwaway name that evaluates TRUE only where Excel has LAMBDA with optional parameters and ISOMITTED. */
export const PROBE_NAME = "PIVOTSCORE_LAMBDA_PROBE";
const PROBE_FORMULA = "=LAMBDA([x],ISOMITTED(x))()";

/**
 * Installs (or updates) the short names in three round trips to Excel: (1) the names already defined;
 * (2) a probe name that calls a LAMBDA with an omitted optional parameter, and its value; (3) the names,
 * only if the probe said TRUE. Nothing of the analyst's (or of ours) changes before the probe passes.
 */
export async function installShortNames(context: Excel.RequestContext): Promise<ShortNamesResult> {
  const names = context.workbook.names;
  names.load("items");
  await context.sync();

  let supported = false;
  try {
    names.add(PROBE_NAME, PROBE_FORMULA, "PivotScore: checks that this Excel has LAMBDA (removed at once)");
    const probe = names.getItem(PROBE_NAME);
    probe.load("value");
    await context.sync();
    supported = probe.value === true || String(probe.value).toUpperCase() === "TRUE";
    probe.delete();
  } catch {
    // Excel without LAMBDA may refuse the formula outright.
    supported = false;
  }

  const existing = new Map(names.items.map((item) => [item.name.toUpperCase(), item]));
  const installed: string[] = [];
  const skipped: string[] = [];
  for (const short of shortNames()) {
    const current = existing.get(short.name);
    if (current && !(current.comment ?? "").startsWith(SHORT_NAME_MARK)) {
      skipped.push(short.name);
      continue;
    }
    if (!supported) continue;
    if (current && current.formula === short.formula) {
      installed.push(short.name);
      continue;
    }
    current?.delete();
    names.add(short.name, short.formula, short.comment);
    installed.push(short.name);
  }
  await context.sync();
  return { supported, installed, skipped };
}

/** Installs the short names in the open workbook (one Excel.run; see select.ts). */
export function installShortNamesInExcel(): Promise<ShortNamesResult> {
  return Excel.run((context) => installShortNames(context));
}
