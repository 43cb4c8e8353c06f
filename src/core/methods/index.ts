import "../zod";
import { z } from "zod";
import { NORMALIZATIONS } from "../normalize";
import { copras, type CoprasDetails } from "./copras";
import { moora, type MooraDetails } from "./moora";
import { PreferenceFunctionSchema, promethee2, type PrometheeDetails } from "./promethee";
import { topsis, type TopsisDetails } from "./topsis";
import type { MethodInput, MethodResult } from "./types";
import { vikor, type VikorDetails } from "./vikor";
import { weightedProduct, type WpmDetails } from "./wpm";
import { weightedSum, type WsmDetails } from "./wsm";

export type { MethodInput, MethodResult, MethodScores } from "./types";
export type { PreferenceFunction } from "./promethee";
export { PreferenceFunctionSchema, preference } from "./promethee";

const Normalization = z.enum(NORMALIZATIONS);

/** Names analysts also write for a method (compared trimmed and lower-case). */
const METHOD_ALIASES: Readonly<Record<string, MethodName>> = { "weighted sum": "wsm", saw: "wsm", "weighted product": "wpm", promethee: "promethee2", "promethee ii": "promethee2" };

/** A method's name as written in a cell, a setting or a file ("TOPSIS", "Weighted sum"), as the schema's name. */
const methodName = (text: string): string => {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  return METHOD_ALIASES[key] ?? key;
};

/**
 * A method and its settings. Written as a name ("topsis", "TOPSIS", "Weighted sum") or an object
 * ({ "name": "vikor", "v": 0.6 }); every front end (files, PIVOT.*, the settings sheet, the Scenarios
 * table) reads names the same way.
 */
export const MethodSpecSchema = z.preprocess(
  (input) =>
    typeof input === "string" ? { name: methodName(input) } : input !== null && typeof input === "object" && typeof (input as { name?: unknown }).name === "string" ? { ...input, name: methodName((input as { name: string }).name) } : input,
  z.discriminatedUnion("name", [
    z.object({ name: z.literal("wsm"), normalization: Normalization.default("min-max") }).strict(),
    z.object({ name: z.literal("wpm") }).strict(),
    z.object({ name: z.literal("topsis"), normalization: Normalization.default("vector") }).strict(),
    z.object({ name: z.literal("vikor"), v: z.number().min(0).max(1).default(0.5) }).strict(),
    z
      .object({
        name: z.literal("promethee2"),
        /** Preference function by criterion name; criteria not named use `default`. */
        preferences: z.record(z.string(), PreferenceFunctionSchema).default({}),
        default: PreferenceFunctionSchema.default({ type: "usual" }),
      })
      .strict(),
    z.object({ name: z.literal("copras") }).strict(),
    z.object({ name: z.literal("moora") }).strict(),
  ]),
);
export type MethodSpec = z.output<typeof MethodSpecSchema>;
export type MethodName = MethodSpec["name"];
export const METHOD_NAMES: readonly MethodName[] = ["wsm", "wpm", "topsis", "vikor", "promethee2", "copras", "moora"];

export type MethodDetails =
  | ({ method: "wsm" } & WsmDetails)
  | ({ method: "wpm" } & WpmDetails)
  | ({ method: "topsis" } & TopsisDetails)
  | ({ method: "vikor" } & VikorDetails)
  | ({ method: "promethee2" } & PrometheeDetails)
  | ({ method: "copras" } & CoprasDetails)
  | ({ method: "moora" } & MooraDetails);

function tagged<D extends object, N extends MethodName>(method: N, result: MethodResult<D>): MethodResult<{ method: N } & D> {
  return result.ok ? { ...result, details: { method, ...result.details } } : result;
}

/** Runs one method on a finite matrix whose weights sum to 1. Never throws. */
export function runMethod(spec: MethodSpec, input: MethodInput): MethodResult<MethodDetails> {
  switch (spec.name) {
    case "wsm":
      return tagged("wsm", weightedSum(input, spec));
    case "wpm":
      return tagged("wpm", weightedProduct(input));
    case "topsis":
      return tagged("topsis", topsis(input, spec));
    case "vikor":
      return tagged("vikor", vikor(input, spec));
    case "promethee2":
      return tagged("promethee2", promethee2(input, { preferences: input.criteria.map((c) => spec.preferences[c] ?? spec.default) }));
    case "copras":
      return tagged("copras", copras(input));
    case "moora":
      return tagged("moora", moora(input));
  }
}
