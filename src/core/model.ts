import { z } from "zod";
import { MethodSpecSchema } from "./methods/index";
import { ScaleSpecSchema } from "./scales/index";
import { ValueFunctionSchema } from "./value-functions";

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One criterion. Anything left out is inferred from the column's header and values. */
export const CriterionSchema = z
  .object({
    name: z.string().trim().min(1),
    /** The header of the column holding it, when that differs from `name`. */
    column: z.string().trim().min(1).optional(),
    direction: z.enum(["benefit", "cost"]).optional(),
    scale: ScaleSpecSchema.optional(),
    weight: z.number().optional(),
    valueFunction: ValueFunctionSchema.optional(),
  })
  .strict();
export type CriterionInput = z.input<typeof CriterionSchema>;
export type CriterionDefinition = z.output<typeof CriterionSchema>;

/** How weights are obtained. "direct" uses each criterion's `weight` (equal weights when none is given). */
export const WeightingSchema = z.preprocess(
  (input) => (typeof input === "string" ? { method: input } : input),
  z.discriminatedUnion("method", [
    z.object({ method: z.literal("direct") }).strict(),
    z.object({ method: z.literal("equal") }).strict(),
    z
      .object({
        method: z.literal("ahp"),
        pairwise: z.array(z.array(CellSchema)).min(1),
        randomIndex: z.enum(["saaty"]).default("saaty"),
        /** For `pivotscore weights` only: one alternatives matrix per criterion, for a two-level hierarchy. */
        alternatives: z.array(z.array(z.array(CellSchema))).optional(),
      })
      .strict(),
    /** Criteria in order of importance, most important first; an inner array holds tied criteria. */
    z.object({ method: z.literal("roc"), order: z.array(z.union([z.string(), z.array(z.string()).min(1)])).min(1) }).strict(),
    z.object({ method: z.literal("rank-sum"), order: z.array(z.union([z.string(), z.array(z.string()).min(1)])).min(1) }).strict(),
    z.object({ method: z.literal("entropy") }).strict(),
    z.object({ method: z.literal("critic") }).strict(),
  ]),
);
export type Weighting = z.output<typeof WeightingSchema>;

/**
 * What to do with an option that has an unreadable value on a criterion:
 * - "exclude": leave the option out of the ranking (reported as row-excluded), the default, so no
 *   invented number decides anything;
 * - "worst": give it the worst value any other option has on that criterion (reported per value).
 */
export const OnInvalidSchema = z.enum(["exclude", "worst"]);
export type OnInvalid = z.output<typeof OnInvalidSchema>;

export const TableSchema = z
  .object({
    header: z.array(CellSchema).min(1),
    rows: z.array(z.array(CellSchema)),
  })
  .strict();
export type TableInput = z.output<typeof TableSchema>;

const OptionSchema = z
  .object({
    name: z.string(),
    values: z.union([z.array(CellSchema), z.record(z.string(), CellSchema)]),
  })
  .strict();

/** A decision problem as the CLI and docs/problem-format.md describe it. */
export const ProblemSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().optional(),
    method: MethodSpecSchema.default({ name: "wsm", normalization: "min-max" }),
    criteria: z.array(CriterionSchema).optional(),
    options: z.array(OptionSchema).optional(),
    table: TableSchema.optional(),
    /** The header of the column holding the options' names; the first text column by default. */
    nameColumn: z.string().optional(),
    weights: WeightingSchema.default({ method: "direct" }),
    onInvalid: OnInvalidSchema.default("exclude"),
    /**
     * How cost criteria are turned around: "method" uses each method's conventional rule (documented per
     * method); "invert" replaces every cost value x by 1/x and treats the criterion as a benefit
     * (needs positive values).
     */
    costs: z.enum(["method", "invert"]).default("method"),
  })
  .strict()
  .superRefine((problem, ctx) => {
    if ((problem.options === undefined) === (problem.table === undefined)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "give the options either as `options` or as `table`, not both and not neither" });
    }
    if (problem.options && Array.isArray(problem.options[0]?.values) && !problem.criteria) {
      ctx.addIssue({ code: "custom", path: ["criteria"], message: "options given as value lists need `criteria` to say which value is which" });
    }
  });
export type ProblemInput = z.input<typeof ProblemSchema>;
export type Problem = z.output<typeof ProblemSchema>;
