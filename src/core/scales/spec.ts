import "../zod";
import { z } from "zod";

/** One named level of an ordinal scale; `value` defaults to its 1-based position (lowest first). */
export const LevelSchema = z.union([
  z.string().min(1),
  z.object({ label: z.string().min(1), value: z.number().finite().optional(), aliases: z.array(z.string().min(1)).optional() }),
]);
export type LevelInput = z.input<typeof LevelSchema>;

const bounds = { min: z.number().finite().optional(), max: z.number().finite().optional() };

export const DURATION_UNITS = ["days", "weeks", "months", "quarters", "years"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const ScaleObjectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("number"), ...bounds }).strict(),
  /** Currency values are read in units ("$50B" is 5e10); negative amounts are refused unless `min` allows them. */
  z.object({ kind: z.literal("currency"), ...bounds }).strict(),
  /** Percent values are fractions ("95%" and 0.95 both read 0.95), between 0 and 1 unless bounds say otherwise. */
  z.object({ kind: z.literal("percent"), ...bounds }).strict(),
  /** Durations are read in months; `unit` is the unit of plain numbers (months unless set). */
  z.object({ kind: z.literal("duration"), unit: z.enum(DURATION_UNITS).optional(), ...bounds }).strict(),
  /** Levels from worst-named-lowest to highest ("Low", "Medium", "High"); words match case- and space-insensitively. */
  z.object({ kind: z.literal("ordinal"), levels: z.array(LevelSchema).min(2).optional() }).strict(),
  z.object({ kind: z.literal("yesno"), yes: z.number().finite().optional(), maybe: z.number().finite().optional(), no: z.number().finite().optional() }).strict(),
]);

/** A scale, written either as its kind ("currency") or as an object ({ "kind": "ordinal", "levels": [...] }). */
export const ScaleSpecSchema = z.preprocess((input) => (typeof input === "string" ? { kind: input } : input), ScaleObjectSchema);
export type ScaleSpec = z.output<typeof ScaleObjectSchema>;
export type ScaleSpecOf<K extends ScaleSpec["kind"]> = Extract<ScaleSpec, { kind: K }>;
