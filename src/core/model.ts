import "./zod";
import { z } from "zod";
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MIN_DRAWS, parseSeed, SEED_LIMIT, SEED_MIN } from "./simulation-settings";
import { MethodSpecSchema } from "./methods/index";
import { ScaleSpecSchema } from "./scales/index";
import { ValueFunctionSchema } from "./value-functions";

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const DISTRIBUTIONS = ["triangular", "pert", "uniform"] as const;
const DistributionSchema = z.enum(DISTRIBUTIONS);

/**
 * Uncertainty of every value of a criterion: +-percent of each value, or +-an amount in the scale's unit
 * (dollars, fractions for percent, months, level steps). Clamped to the scale's range (percent 0-100%,
 * currency and duration >= 0, the ordinal's levels).
 */
export const CriterionUncertaintySchema = z.union([
  z.object({ percent: z.number().finite().min(0).max(100), distribution: DistributionSchema.optional() }).strict(),
  z.object({ plusMinus: z.number().finite().min(0), distribution: DistributionSchema.optional() }).strict(),
]);

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
    uncertainty: CriterionUncertaintySchema.optional(),
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

/** One uncertain value: low / most likely / high, written like the cell ("$20B", "85%", "Medium"). */
export const RangeSchema = z
  .object({
    option: z.string().min(1),
    criterion: z.string().min(1),
    low: CellSchema,
    /** The table's value when left out. */
    mode: CellSchema.optional(),
    high: CellSchema,
    distribution: DistributionSchema.optional(),
  })
  .strict();
export type RangeInput = z.output<typeof RangeSchema>;

export const CONSTRAINT_OPERATORS = ["=", "<>", "<", "<=", ">", ">="] as const;
export type ConstraintOperator = (typeof CONSTRAINT_OPERATORS)[number];

/** "Venture Scale = Yes", "Time to Market <= 18 months", or the same as an object. */
export const ConstraintSchema = z.union([
  z.string().min(1),
  z.object({ criterion: z.string().min(1), op: z.enum(CONSTRAINT_OPERATORS), value: CellSchema }).strict(),
]);
export type ConstraintInput = z.output<typeof ConstraintSchema>;

export const ScenarioSchema = z
  .object({
    name: z.string().trim().min(1),
    description: z.string().optional(),
    /** Weights by criterion name (criteria not named keep theirs), or a weighting method. */
    weights: z.union([WeightingSchema, z.record(z.string(), z.number().finite())]).optional(),
    method: MethodSpecSchema.optional(),
    /** Values that replace the table's in this scenario only. */
    overrides: z.array(z.object({ option: z.string().min(1), criterion: z.string().min(1), value: CellSchema }).strict()).default([]),
    /** Options failing any constraint are left out of this scenario, each with the reason. */
    constraints: z.array(ConstraintSchema).default([]),
  })
  .strict();
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;

/**
 * How weights vary in the simulation: "uniform" over every weight vector summing to 1 (SMAA with no
 * preference information), "fixed" at the analyst's weights, "around" them by +-percent (each weight
 * drawn uniformly in its band, then rescaled to sum 1), or only an importance "order" (uniform over the
 * weight vectors respecting it; an inner array holds criteria with no order between them; criteria the
 * order leaves out are free), such as ["Our Fit", "Technical Risk"] for "fit >= risk".
 */
export const SimulationWeightsSchema = z.preprocess(
  (input) => (typeof input === "string" ? { kind: input } : input),
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("uniform") }).strict(),
    z.object({ kind: z.literal("fixed") }).strict(),
    z.object({ kind: z.literal("around"), percent: z.number().finite().min(0).max(100) }).strict(),
    z.object({ kind: z.literal("order"), order: z.array(z.union([z.string(), z.array(z.string()).min(1)])).min(1) }).strict(),
  ]),
);
export type SimulationWeights = z.output<typeof SimulationWeightsSchema>;

/**
 * How weights vary, written as a cell or a settings value: "uniform", "fixed", or a band "±20%"
 * ("+-20%", "+/-20%", "around 20%"). Undefined for anything else (the caller says so).
 */
export function parseSimulationWeights(text: string): SimulationWeights | undefined {
  const t = text.trim().toLowerCase();
  if (t === "uniform" || t === "fixed") return { kind: t };
  const band = /^(?:around\s*|±\s*|\+-\s*|\+\/-\s*)?(\d+(?:\.\d+)?)\s*%$/.exec(t);
  return band && Number(band[1]) <= 100 ? { kind: "around", percent: Number(band[1]) } : undefined;
}

export const SimulationSchema = z
  .object({
    draws: z.number().int().min(MIN_DRAWS).max(MAX_DRAWS).default(DEFAULT_DRAWS),
    /** A whole number in [-2^31, 2^32) or any text. */
    seed: z.preprocess((v) => (typeof v === "string" ? parseSeed(v) : v), z.union([z.number().int().min(SEED_MIN).max(SEED_LIMIT - 1), z.string()])).default(DEFAULT_SEED),
    weights: SimulationWeightsSchema.default({ kind: "uniform" }),
    /** Distribution of ranges that do not name one. */
    distribution: DistributionSchema.default("triangular"),
  })
  .strict();
export type Simulation = z.output<typeof SimulationSchema>;

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
    /** Uncertain values, one per cell; they override the criteria's `uncertainty`. */
    ranges: z.array(RangeSchema).default([]),
    scenarios: z.array(ScenarioSchema).default([]),
    simulation: SimulationSchema.default({ draws: DEFAULT_DRAWS, seed: DEFAULT_SEED, weights: { kind: "uniform" }, distribution: "triangular" }),
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
