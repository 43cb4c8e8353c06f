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
