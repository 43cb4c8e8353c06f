import "./zod";
import { z } from "zod";

/**
 * How a criterion's value in its own unit becomes a value the methods compare.
 * - linear: the value itself.
 * - log: log10 of the value. Market sizes from $20M to $100B differ by 3.7 decades; on a linear scale
 *   everything under $10B sits in the bottom tenth. Needs positive values.
 * - piecewise: straight lines through the analyst's points (x ascending), flat beyond the first and
 *   last point. The points state preference themselves, so the criterion counts as a benefit.
 */
export const ValueFunctionSchema = z.preprocess(
  (input) => (typeof input === "string" ? { kind: input } : input),
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("linear") }).strict(),
    z.object({ kind: z.literal("log") }).strict(),
    z
      .object({
        kind: z.literal("piecewise"),
        points: z
          .array(z.tuple([z.number().finite(), z.number().finite()]))
          .min(2)
          .refine((points) => points.every((point, i) => i === 0 || point[0] > (points[i - 1]?.[0] ?? -Infinity)), {
            message: "piecewise points must have strictly increasing x",
          }),
      })
      .strict(),
  ]),
);
export type ValueFunction = z.output<typeof ValueFunctionSchema>;

/** Applies a value function; returns null where it is undefined (log of a value <= 0). */
export function applyValueFunction(fn: ValueFunction, x: number): number | null {
  switch (fn.kind) {
    case "linear":
      return x;
    case "log":
      return x > 0 ? Math.log10(x) : null;
    case "piecewise":
      return interpolate(fn.points, x);
  }
}

function interpolate(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return x;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i] ?? last;
    const [x0, y0] = points[i - 1] ?? first;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return last[1];
}
