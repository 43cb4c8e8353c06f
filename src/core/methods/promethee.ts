import "../zod";
import { z } from "zod";
import { defineMethod, type MethodInput, type MethodResult } from "./types";

/**
 * The six generalised criteria of Brans, Vincke & Mareschal (1986), "How to select and how to rank
 * projects: The PROMETHEE method", EJOR 24(2), figure 1 (types I-VI), with d = the advantage of a over b:
 *   usual     (I)   P = 1 if d > 0
 *   u-shape   (II)  P = 1 if d > q
 *   v-shape   (III) P = d / p for 0 < d <= p, 1 beyond
 *   level     (IV)  P = 1/2 for q < d <= p, 1 beyond
 *   linear    (V)   P = (d - q) / (p - q) for q < d <= p, 1 beyond
 *   gaussian  (VI)  P = 1 - exp(-d^2 / (2 s^2)) for d > 0
 * q, p and s are in the criterion's own units (after its value function).
 */
export const PreferenceFunctionSchema = z
  .object({
    type: z.enum(["usual", "u-shape", "v-shape", "level", "linear", "gaussian"]).default("usual"),
    q: z.number().finite().min(0).optional(),
    p: z.number().finite().positive().optional(),
    s: z.number().finite().positive().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const needs: Record<typeof f.type, ReadonlyArray<"q" | "p" | "s">> = {
      usual: [],
      "u-shape": ["q"],
      "v-shape": ["p"],
      level: ["q", "p"],
      linear: ["q", "p"],
      gaussian: ["s"],
    };
    for (const key of needs[f.type]) {
      if (f[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `the ${f.type} preference function needs ${key}` });
    }
    if (f.q !== undefined && f.p !== undefined && (f.type === "level" || f.type === "linear") && f.p <= f.q) {
      ctx.addIssue({ code: "custom", path: ["p"], message: "p must be greater than q" });
    }
  });
export type PreferenceFunction = z.output<typeof PreferenceFunctionSchema>;

export function preference(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  const q = f.q ?? 0;
  const p = f.p ?? 0;
  switch (f.type) {
    case "usual":
      return 1;
    case "u-shape":
      return d > q ? 1 : 0;
    case "v-shape":
      return d >= p ? 1 : d / p;
    case "level":
      return d <= q ? 0 : d <= p ? 0.5 : 1;
    case "linear":
      return d <= q ? 0 : d >= p ? 1 : (d - q) / (p - q);
    case "gaussian": {
      const s = f.s ?? 1;
      return 1 - Math.exp(-(d * d) / (2 * s * s));
    }
  }
}

export interface PrometheeSettings {
  /** One preference function per criterion, in criteria order. */
  readonly preferences: readonly PreferenceFunction[];
}

export interface PrometheeDetails {
  /** Aggregated preference index pi(a, b), options x options. */
  readonly preferenceMatrix: number[][];
  readonly positiveFlow: number[];
  readonly negativeFlow: number[];
  readonly netFlow: number[];
}

/**
 * PROMETHEE II (Brans & Vincke 1985, Management Science 31(6)): pi(a,b) = sum_j w_j P_j(d_j(a,b)),
 * phi+(a) = sum_b pi(a,b) / (m - 1), phi-(a) = sum_b pi(b,a) / (m - 1), net flow phi = phi+ - phi-, the score.
 * For a cost criterion d_j(a,b) = f_j(b) - f_j(a).
 */
export function promethee2(input: MethodInput, settings: PrometheeSettings): MethodResult<PrometheeDetails> {
  const m = input.options.length;
  const n = input.criteria.length;
  const preferenceMatrix = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let j = 0; j < n; j++) {
    const f = settings.preferences[j] ?? { type: "usual" as const };
    const w = input.weights[j] ?? 0;
    const sign = input.directions[j] === "cost" ? -1 : 1;
    for (let a = 0; a < m; a++) {
      const rowA = preferenceMatrix[a] ?? [];
      const fa = input.values[a]?.[j] ?? 0;
      for (let b = 0; b < m; b++) {
        if (a === b) continue;
        const d = sign * (fa - (input.values[b]?.[j] ?? 0));
        rowA[b] = (rowA[b] ?? 0) + w * preference(f, d);
      }
    }
  }
  const divisor = m > 1 ? m - 1 : 1;
  const positiveFlow = preferenceMatrix.map((row) => row.reduce((t, x) => t + x, 0) / divisor);
  const negativeFlow = preferenceMatrix.map((_, a) => preferenceMatrix.reduce((t, row) => t + (row[a] ?? 0), 0) / divisor);
  const netFlow = positiveFlow.map((plus, a) => plus - (negativeFlow[a] ?? 0));
  return { ok: true, scores: netFlow, higherIsBetter: true, details: { preferenceMatrix, positiveFlow, negativeFlow, netFlow }, issues: [] };
}

/** pi(a, b) is a weighted sum of preferences that do not depend on the weights, so the net flow is linear in them. */
export const prometheeMethod = defineMethod({
  name: "promethee2",
  aliases: ["promethee", "promethee ii"],
  settings: z.object({
    /** Preference function by criterion name; criteria not named use `default`. */
    preferences: z.record(z.string(), PreferenceFunctionSchema).default({}),
    default: PreferenceFunctionSchema.default({ type: "usual" }),
  }),
  run: (input, settings) => promethee2(input, { preferences: input.criteria.map((c) => settings.preferences[c] ?? settings.default) }),
  linear: true,
});
