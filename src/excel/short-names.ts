/**
 * "Install short names": workbook names PIVOTSCORE, PIVOTRANK, ... defined as LAMBDA wrappers over the
 * PIVOT.* custom functions, so analysts can write =PIVOTSCORE(...). Needs Excel with LAMBDA (Microsoft
 * 365); elsewhere the names would evaluate to #NAME?, so the install probes one and takes them back.
 *
 * A workbook name is the analyst's unless it carries our comment: a name of the same spelling that the
 * analyst defined is never replaced (it is reported as skipped).
 */

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

export interface ShortNamesResult {
  /** False when this Excel has no LAMBDA: nothing was left installed. */
  readonly supported: boolean;
  readonly installed: readonly string[];
  /** Names the analyst already uses for something else, left alone. */
  readonly skipped: readonly string[];
}

/** Installs (or updates) the short names in three round trips to Excel. */
export async function installShortNames(context: Excel.RequestContext): Promise<ShortNamesResult> {
  const names = context.workbook.names;
  // A workbook holds few names: loading whole items costs nothing worth a narrower load.
  names.load("items");
  await context.sync();

  const existing = new Map(names.items.map((item) => [item.name.toUpperCase(), item]));
  const installed: string[] = [];
  const skipped: string[] = [];
  for (const short of shortNames()) {
    const current = existing.get(short.name);
    if (current) {
      if (!(current.comment ?? "").startsWith(SHORT_NAME_MARK)) {
        skipped.push(short.name);
        continue;
      }
      if (current.formula === short.formula) {
        installed.push(short.name);
        continue;
      }
      current.delete();
    }
    names.add(short.name, short.formula, short.comment);
    installed.push(short.name);
  }
  const probeName = installed[0];
  const probe = probeName === undefined ? undefined : names.getItem(probeName);
  probe?.load("value");
  await context.sync();

  // Without LAMBDA the name holds an unknown function: take ours back rather than leave broken names.
  if (probe && String(probe.value).includes("#NAME?")) {
    for (const name of installed) names.getItem(name).delete();
    await context.sync();
    return { supported: false, installed: [], skipped };
  }
  return { supported: true, installed, skipped };
}
