import { LINEAR_METHODS, runMethod, type MethodSpec } from "../methods/index";
import type { Direction } from "../normalize";
import type { Solution } from "../solve";

/** A solved problem reduced to what re-scoring needs: the compared matrix, directions and the method. */
export interface ScoringModel {
  readonly method: MethodSpec;
  /** options x criteria, after value functions (what the method compares). */
  readonly values: readonly (readonly number[])[];
  readonly directions: readonly Direction[];
  readonly criteria: readonly string[];
  readonly options: readonly string[];
  readonly weights: readonly number[];
}

const models = new WeakMap<Solution, ScoringModel>();
const evaluators = new WeakMap<ScoringModel, WeightEvaluator>();

/** The scoring model of a solution, for re-scoring it under other weights (one per solution). */
export function scoringModel(solution: Solution): ScoringModel {
  const known = models.get(solution);
  if (known) return known;
  const model: ScoringModel = {
    method: solution.method,
    values: solution.values,
    directions: solution.criteria.map((c) => c.direction),
    criteria: solution.criteria.map((c) => c.name),
    options: solution.options.map((o) => o.name),
    weights: solution.weights,
  };
  models.set(solution, model);
  return model;
}

/** Scores as a function of the weights, oriented so that larger is always better. */
export interface WeightEvaluator {
  readonly m: number;
  readonly n: number;
  /** False when the method's best score is the smallest (VIKOR): utilities are then the negated scores. */
  readonly higherIsBetter: boolean;
  /**
   * Utilities (the method's scores, negated where the method's best score is the smallest) for weights
   * summing to 1; null where the method is undefined (WPM or COPRAS once a zero value gets weight).
   */
  utilities(weights: ArrayLike<number>): Float64Array | null;
  /**
   * Present when every score is linear in the weights, score_i = sum_j coefficients[i * n + j] w_j
   * (the methods the registry marks `linear`, src/core/methods/index.ts): sensitivity then has closed forms.
   */
  readonly coefficients?: Float64Array;
}

/**
 * The evaluator of a model, built once per model: sensitivity, the recommendation's contributions and the
 * report all ask for it, and a linear method's coefficients cost one method run per criterion.
 */
export function weightEvaluator(model: ScoringModel): WeightEvaluator {
  const known = evaluators.get(model);
  if (known) return known;
  const built = buildEvaluator(model);
  evaluators.set(model, built);
  return built;
}

function buildEvaluator(model: ScoringModel): WeightEvaluator {
  const m = model.options.length;
  const n = model.criteria.length;
  const run = (weights: ArrayLike<number>): { scores: number[]; higherIsBetter: boolean } | null => {
    const result = runMethod(model.method, { values: model.values, directions: model.directions, weights: Array.from(weights), criteria: model.criteria, options: model.options, detail: "scores" });
    return result.ok ? result : null;
  };
  if (LINEAR_METHODS.has(model.method.name)) {
    // score_i(e_j) is the coefficient of w_j: one run per unit weight vector.
    const coefficients = new Float64Array(m * n);
    const unit = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      unit.fill(0);
      unit[j] = 1;
      // A method marked linear is defined at every unit weight vector.
      const scores = run(unit)?.scores ?? [];
      for (let i = 0; i < m; i++) coefficients[i * n + j] = scores[i] ?? 0;
    }
    return {
      m,
      n,
      higherIsBetter: true,
      coefficients,
      utilities(weights) {
        const out = new Float64Array(m);
        for (let i = 0; i < m; i++) {
          let total = 0;
          for (let j = 0; j < n; j++) total += (coefficients[i * n + j] as number) * (weights[j] ?? 0);
          out[i] = total;
        }
        return out;
      },
    };
  }
  const higherIsBetter = run(model.weights)?.higherIsBetter ?? true;
  return {
    m,
    n,
    higherIsBetter,
    utilities(weights) {
      const result = run(weights);
      if (!result) return null;
      const { scores, higherIsBetter } = result;
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) out[i] = higherIsBetter ? (scores[i] ?? 0) : -(scores[i] ?? 0);
      return out;
    },
  };
}

/**
 * The weights after setting criterion k's weight to x and rescaling the others in proportion,
 * w_j := w_j (1 - x) / (1 - w_k). When the others are all zero, they share 1 - x equally.
 */
export function movedWeights(weights: readonly number[], k: number, x: number, out = new Float64Array(weights.length)): Float64Array {
  const n = weights.length;
  const wk = weights[k] ?? 0;
  const rest = 1 - wk;
  for (let j = 0; j < n; j++) {
    if (j === k) out[j] = x;
    else out[j] = rest > 1e-12 ? ((weights[j] ?? 0) * (1 - x)) / rest : (1 - x) / Math.max(1, n - 1);
  }
  return out;
}
