/**
 * PivotScore's engine: pure TypeScript, no host, UI or Node API. Everything else is a front end over
 * what this file exports.
 */
export * from "./cells";
export * from "./issues";
export * from "./model";
export * from "./normalize";
export * from "./rank";
export * from "./read";
export * from "./solve";
export * from "./value-functions";
export * from "./infer";
export { readCell, recognises, ScaleSpecSchema, SCALE_KINDS, resolveLevels, LOW_MEDIUM_HIGH, FIVE_LEVELS } from "./scales/index";
export type { ScaleSpec, ScaleKind, ParseResult, ScaleIssue, LevelInput, DurationUnit } from "./scales/index";
export { runMethod, MethodSpecSchema, METHOD_NAMES, PreferenceFunctionSchema, preference } from "./methods/index";
export type { MethodSpec, MethodName, MethodDetails, MethodInput, MethodResult, MethodScores, PreferenceFunction } from "./methods/index";
export { ahpWeights, ahpHierarchy, readPairwise, RANDOM_INDEX, CONSISTENCY_THRESHOLD } from "./weights/ahp";
export type { AhpResult, AhpPriorities, AhpHierarchyResult, RandomIndexTable } from "./weights/ahp";
export { normalizeWeights } from "./weights/direct";
export type { WeightsResult } from "./weights/direct";
export { rankOrderCentroid, rankSum } from "./weights/rank-order";
export { entropyWeights } from "./weights/entropy";
export { criticWeights } from "./weights/critic";
export { parseCell } from "./parse-cell";
export { analyze, analyzeProblem, prepareAnalysis } from "./analysis/analyze";
export type { Analysis, AnalysisResult, AnalysisSettings, Prepared, UncertainValue } from "./analysis/analyze";
export { weightSensitivity, ROOT_TOLERANCE, SWEEP_STEPS } from "./analysis/weight-sensitivity";
export type { WeightSensitivity, StabilityInterval, Interval, Bound, PairSwap, CriticalCriterion, SpiderSeries, SpiderPoint } from "./analysis/weight-sensitivity";
export { scoringModel, weightEvaluator, movedWeights } from "./analysis/evaluator";
export type { ScoringModel, WeightEvaluator } from "./analysis/evaluator";
export { inputModel, resolveRanges, utilitiesAt, scaleDomain } from "./analysis/inputs";
export type { InputModel, UncertainInput } from "./analysis/inputs";
export { tornado } from "./analysis/tornado";
export type { Tornado, TornadoBar } from "./analysis/tornado";
export { prepareSmaa, simulate, simulateSync, mergeTallies, runChunks, CHUNK_DRAWS } from "./analysis/smaa";
export type { SmaaResult, SmaaSettings, SmaaTally, SmaaRun, Estimate, Progress, CancelSignal } from "./analysis/smaa";
export { compareScenarios, scenarioProblem } from "./analysis/scenarios";
export type { ScenarioComparison, ScenarioOutcome, ScenarioStanding, Exclusion } from "./analysis/scenarios";
export { recommend, smallestInputChange, contributions, nearestWeightChange } from "./analysis/recommend";
export type { Recommendation, LeadReason, InputChange, WeightChange, Pick } from "./analysis/recommend";
export { xoshiro128ss, xoshiro128ssFromState, streamFor } from "./analysis/random";
export type { Random, Xoshiro128 } from "./analysis/random";
export { sample, triangular, pert, uniform, uniformSimplex } from "./analysis/distributions";
export type { Distribution } from "./analysis/distributions";
export { readCriteriaTable, readScenariosTable } from "./tables";
