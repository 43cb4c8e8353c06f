import { levelKey } from "../cells";
import type { LevelInput, ScaleSpecOf } from "./spec";
import type { Scale } from "./types";

export interface Level {
  readonly label: string;
  readonly value: number;
  readonly keys: readonly string[];
}

/** The default ordinal scale and the other sets an analyst's column is recognised by. */
export const LOW_MEDIUM_HIGH: readonly LevelInput[] = [
  { label: "Low", aliases: ["L", "Lo"] },
  { label: "Medium", aliases: ["M", "Med", "Mid", "Moderate"] },
  { label: "High", aliases: ["H", "Hi"] },
];
export const FIVE_LEVELS: readonly LevelInput[] = [
  { label: "Very low", aliases: ["VL"] },
  { label: "Low", aliases: ["L", "Lo"] },
  { label: "Medium", aliases: ["M", "Med", "Mid", "Moderate"] },
  { label: "High", aliases: ["H", "Hi"] },
  { label: "Very high", aliases: ["VH"] },
];

export function resolveLevels(levels: readonly LevelInput[] | undefined): Level[] {
  return (levels ?? LOW_MEDIUM_HIGH).map((level, index) =>
    typeof level === "string"
      ? { label: level, value: index + 1, keys: [levelKey(level)] }
      : { label: level.label, value: level.value ?? index + 1, keys: [level.label, ...(level.aliases ?? [])].map(levelKey) },
  );
}

function findLevel(levels: readonly Level[], text: string): Level | undefined {
  const key = levelKey(text);
  return levels.find((level) => level.keys.includes(key));
}

/**
 * Named levels, read as their value (1, 2, 3 for Low/Medium/High unless values are given). A number that
 * equals one of the levels' values passes through, so a column may mix "Medium" and 2.
 */
export const ordinalScale: Scale<ScaleSpecOf<"ordinal">> = {
  kind: "ordinal",
  parse(raw, spec) {
    const levels = resolveLevels(spec.levels);
    const text = String(raw);
    const level = typeof raw === "number" ? levels.find((l) => l.value === raw) : typeof raw === "string" ? findLevel(levels, raw) : undefined;
    if (level) return { ok: true, value: level.value };
    return { ok: false, issue: { code: "unknown-level", raw: text, levels: levels.map((l) => l.label) } };
  },
  recognises(text, spec) {
    return findLevel(resolveLevels(spec.levels), text) !== undefined;
  },
};
