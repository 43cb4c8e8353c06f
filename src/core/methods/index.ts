import "../zod";
import { z } from "zod";
import { coprasMethod } from "./copras";
import { mooraMethod } from "./moora";
import { prometheeMethod } from "./promethee";
import { topsisMethod } from "./topsis";
import type { Method, MethodInput, MethodResult } from "./types";
import { vikorMethod } from "./vikor";
import { wpmMethod } from "./wpm";
import { wsmMethod } from "./wsm";

export type { Method, MethodInput, MethodResult, MethodScores } from "./types";
export type { PreferenceFunction } from "./promethee";
export { PreferenceFunctionSchema, preference } from "./promethee";

/**
 * Every method, in the order the task pane's picker and the CLI's help list them. The names, the
 * settings schema, the types, runMethod and the linear set below all derive from this list.
 */
export const METHODS = [wsmMethod, wpmMethod, topsisMethod, vikorMethod, prometheeMethod, coprasMethod, mooraMethod] as const;
type Methods = typeof METHODS;
type AnyMethod = Methods[number];

/** A method's object in the spec schema: its name, then its settings, nothing else. */
type SpecSchema<M extends AnyMethod> = M extends Method<infer Name, z.ZodObject<infer Shape extends z.core.$ZodShape>, object> ? z.ZodObject<{ name: z.ZodLiteral<Name> } & Shape, z.core.$strict> : never;
// Mapped over a tuple type parameter, these keep the registry's length, order and literal names.
type NamesOf<T extends readonly AnyMethod[]> = { readonly [K in keyof T]: T[K] extends AnyMethod ? T[K]["name"] : never };
type SpecSchemasOf<T extends readonly AnyMethod[]> = { readonly [K in keyof T]: T[K] extends AnyMethod ? SpecSchema<T[K]> : never };
type DetailsOf<T extends readonly AnyMethod[]> = { [K in keyof T]: T[K] extends AnyMethod ? { method: T[K]["name"] } & Extract<ReturnType<T[K]["run"]>, { ok: true }>["details"] : never };

export type MethodName = AnyMethod["name"];
// Array.prototype.map keeps a tuple's length and order but types the result as an array.
export const METHOD_NAMES = METHODS.map((method) => method.name) as unknown as NamesOf<Methods>;

/** Methods whose scores are linear in the weights for a fixed matrix (see Method.linear). */
export const LINEAR_METHODS: ReadonlySet<MethodName> = new Set(METHODS.filter((method) => method.linear).map((method) => method.name));

/** Names analysts also write for a method (compared trimmed and lower-case). */
const METHOD_ALIASES: Readonly<Record<string, MethodName>> = Object.fromEntries(METHODS.flatMap((method) => (method.aliases ?? []).map((alias) => [alias, method.name])));

/** A method's name as written in a cell, a setting or a file ("TOPSIS", "Weighted sum"), as the schema's name. */
const methodName = (text: string): string => {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  return METHOD_ALIASES[key] ?? key;
};

const SPEC_SCHEMAS = METHODS.map((method) => z.object({ name: z.literal(method.name), ...method.settings.shape }).strict()) as unknown as SpecSchemasOf<Methods>;

/**
 * A method and its settings. Written as a name ("topsis", "TOPSIS", "Weighted sum") or an object
 * ({ "name": "vikor", "v": 0.6 }); every front end (files, PIVOT.*, the settings sheet, the Scenarios
 * table) reads names the same way.
 */
export const MethodSpecSchema = z.preprocess(
  (input) =>
    typeof input === "string" ? { name: methodName(input) } : input !== null && typeof input === "object" && typeof (input as { name?: unknown }).name === "string" ? { ...input, name: methodName((input as { name: string }).name) } : input,
  z.discriminatedUnion("name", SPEC_SCHEMAS),
);
export type MethodSpec = z.output<typeof MethodSpecSchema>;

/** A method's intermediate values, tagged with its name. */
export type MethodDetails = DetailsOf<Methods>[number];

const BY_NAME = Object.fromEntries(METHODS.map((method) => [method.name, method])) as Readonly<Record<MethodName, AnyMethod>>;

/** Runs one method on a finite matrix whose weights sum to 1. Never throws. */
export function runMethod(spec: MethodSpec, input: MethodInput): MethodResult<MethodDetails> {
  // The schema pairs every spec with its own method's settings; TypeScript cannot follow that pairing.
  const run = BY_NAME[spec.name].run as (input: MethodInput, settings: MethodSpec) => MethodResult<object>;
  const result = run(input, spec);
  return result.ok ? { ...result, details: { method: spec.name, ...result.details } as MethodDetails } : result;
}
