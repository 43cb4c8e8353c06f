/**
 * Problems found in the analyst's data, as data. Each carries a `code` and the fields that locate it;
 * the English wording lives outside the core (src/locales/en.ts), so every front end can word or
 * translate it and point at the cell.
 */
import type { ScaleKind } from "./scales/kinds";

/** Where a value came from: 0-based row within the data rows (header excluded), 0-based column. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** A value the engine could not use, located by cell and by option/criterion names when known. */
interface CellIssueBase {
  readonly cell?: CellRef;
  readonly option?: string;
  readonly criterion?: string;
  /** The cell's content as received, rendered as text ("" for a blank). */
  readonly raw: string;
}

export type CellIssue =
  | (CellIssueBase & { readonly code: "blank" })
  | (CellIssueBase & { readonly code: "excel-error" })
  | (CellIssueBase & { readonly code: "placeholder" })
  | (CellIssueBase & { readonly code: "unreadable"; readonly expected: ScaleKind })
  | (CellIssueBase & { readonly code: "not-finite" })
  | (CellIssueBase & { readonly code: "too-large"; readonly limit: number })
  | (CellIssueBase & { readonly code: "below-minimum"; readonly value: number; readonly minimum: number })
  | (CellIssueBase & { readonly code: "above-maximum"; readonly value: number; readonly maximum: number })
  | (CellIssueBase & { readonly code: "unknown-level"; readonly levels: readonly string[] })
  | (CellIssueBase & { readonly code: "range-text" })
  | (CellIssueBase & { readonly code: "not-positive-for-log"; readonly value: number });

/** Problems with the table or the criteria as a whole rather than one cell. */
export type TableIssue =
  | { readonly code: "missing-name"; readonly row: number; readonly cell?: CellRef }
  | { readonly code: "duplicate-option"; readonly option: string; readonly rows: readonly number[] }
  | { readonly code: "row-excluded"; readonly option: string; readonly row: number; readonly reasons: number }
  /** `value` is in the criterion's scale unit (before its value function). */
  | { readonly code: "value-replaced-by-worst"; readonly option: string; readonly criterion: string; readonly row: number; readonly value: number }
  | { readonly code: "criterion-without-values"; readonly criterion: string }
  | { readonly code: "criterion-not-found"; readonly criterion: string }
  | { readonly code: "duplicate-criterion"; readonly criterion: string }
  | { readonly code: "no-criteria" }
  | { readonly code: "no-options" };

export type WeightIssue =
  | { readonly code: "weight-negative"; readonly criterion: string; readonly weight: number }
  | { readonly code: "weight-not-finite"; readonly criterion: string }
  | { readonly code: "weight-missing"; readonly criterion: string }
  | { readonly code: "weights-all-zero" }
  | { readonly code: "weights-length-mismatch"; readonly expected: number; readonly received: number }
  | { readonly code: "pairwise-not-square"; readonly rows: number; readonly columns: number }
  | { readonly code: "pairwise-not-positive"; readonly row: number; readonly column: number; readonly value: number }
  | { readonly code: "pairwise-not-reciprocal"; readonly row: number; readonly column: number; readonly value: number; readonly expected: number }
  | { readonly code: "pairwise-inconsistent"; readonly ratio: number; readonly threshold: number }
  | { readonly code: "random-index-unavailable"; readonly size: number; readonly table: string }
  | { readonly code: "pairwise-unreadable"; readonly row: number; readonly column: number; readonly raw: string }
  | { readonly code: "entropy-negative"; readonly criterion: string; readonly option: string; readonly value: number }
  | { readonly code: "ranking-incomplete"; readonly criterion: string }
  | { readonly code: "weights-undetermined"; readonly method: string }
  | { readonly code: "hierarchy-size-mismatch"; readonly criterion: number; readonly expected: number; readonly received: number };

export type MethodIssue =
  | { readonly code: "method-requires-positive"; readonly method: string; readonly criterion: string; readonly option: string; readonly value: number }
  | { readonly code: "normalization-fallback"; readonly criterion: string; readonly from: string; readonly to: string }
  | { readonly code: "piecewise-direction"; readonly criterion: string };

/** Problems with the analysis inputs: uncertainty ranges, scenarios and their constraints. */
export type AnalysisIssue =
  | { readonly code: "range-option-not-found"; readonly option: string }
  | { readonly code: "range-criterion-not-found"; readonly criterion: string }
  | { readonly code: "scenario-criterion-not-found"; readonly scenario: string; readonly criterion: string }
  | { readonly code: "range-unreadable"; readonly option: string; readonly criterion: string; readonly bound: "low" | "mode" | "high"; readonly raw: string; readonly cause: string }
  | { readonly code: "range-order"; readonly option: string; readonly criterion: string; readonly low: number; readonly mode: number; readonly high: number }
  | { readonly code: "range-not-positive-for-log"; readonly option: string; readonly criterion: string; readonly low: number }
  | { readonly code: "duplicate-scenario"; readonly scenario: string }
  | { readonly code: "scenario-not-found"; readonly scenario: string }
  | { readonly code: "constraint-unreadable"; readonly scenario: string; readonly raw: string }
  | { readonly code: "constraint-criterion-not-found"; readonly scenario: string; readonly criterion: string }
  | { readonly code: "constraint-value-unreadable"; readonly scenario: string; readonly criterion: string; readonly raw: string; readonly cause: string }
  | { readonly code: "option-excluded-by-constraint"; readonly scenario: string; readonly option: string; readonly row: number; readonly constraint: string; readonly value: number; readonly substituted?: true }
  | { readonly code: "override-not-found"; readonly scenario: string; readonly option: string; readonly criterion: string }
  | { readonly code: "override-unreadable"; readonly scenario: string; readonly option: string; readonly criterion: string; readonly raw: string; readonly cause: string }
  | { readonly code: "scenario-without-options"; readonly scenario: string }
  | { readonly code: "scenario-unsolvable"; readonly scenario: string }
  | { readonly code: "simulation-cancelled"; readonly completed: number; readonly requested: number }
  | { readonly code: "simulation-draws-failed"; readonly failed: number; readonly attempted: number }
  | { readonly code: "range-option-excluded"; readonly option: string; readonly criterion: string }
  | { readonly code: "range-dropped"; readonly option: string; readonly criterion: string; readonly low: number };

/**
 * Problems in the analyst's Criteria and Scenarios tables; `cell` is within that table's data rows.
 * `tableName` is the table's name in the workbook, when the front end knows it.
 */
export type DefinitionIssue =
  | { readonly code: "definition-header-missing"; readonly table: "criteria" | "scenarios"; readonly tableName?: string; readonly header: string }
  | { readonly code: "definition-cell-invalid"; readonly table: "criteria" | "scenarios"; readonly tableName?: string; readonly cell: CellRef; readonly field: string; readonly raw: string; readonly expected: string }
  | { readonly code: "definition-duplicate"; readonly table: "criteria" | "scenarios"; readonly tableName?: string; readonly name: string; readonly cell: CellRef };

/** A field of a document that failed validation: its path and the validator's message. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * What reading a workbook found about the workbook itself: which tables it holds, the settings stored in
 * it and the task pane's saved state. None of them stops a refresh on its own.
 */
export type WorkbookIssue =
  | { readonly code: "options-table-missing"; readonly table: string }
  | { readonly code: "options-table-guessed"; readonly table: string; readonly used: string; readonly sheet: string }
  | { readonly code: "table-unusable"; readonly table: "options" | "scenarios"; readonly tableName?: string; readonly problems: readonly FieldProblem[] }
  | { readonly code: "problem-invalid"; readonly problems: readonly FieldProblem[] }
  | { readonly code: "method-unknown"; readonly raw: string }
  | { readonly code: "simulation-weights-unreadable"; readonly raw: string }
  | { readonly code: "scenario-setting-not-found"; readonly scenario: string }
  | { readonly code: "report-sheet-taken"; readonly sheet: string; readonly used: string }
  | { readonly code: "pane-weights-used" }
  | { readonly code: "pane-weights-unreadable" }
  | { readonly code: "pane-scenarios-unreadable" }
  | { readonly code: "pane-scenario-unreadable"; readonly scenario?: string }
  | { readonly code: "pane-scenario-shadowed"; readonly scenario: string }
  | { readonly code: "pane-scenario-repeated"; readonly scenario: string }
  | { readonly code: "pane-criteria-unknown"; readonly scenario?: string; readonly criteria: readonly string[] };

export type Issue = CellIssue | TableIssue | WeightIssue | MethodIssue | AnalysisIssue | DefinitionIssue | WorkbookIssue;
export type IssueCode = Issue["code"];

/** Issues that stop a computation (no scores) as opposed to warnings that accompany a result. */
const BLOCKING: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "weights-all-zero",
  "weight-negative",
  "weight-not-finite",
  "weight-missing",
  "weights-length-mismatch",
  "pairwise-not-square",
  "pairwise-not-positive",
  "pairwise-not-reciprocal",
  "pairwise-unreadable",
  "entropy-negative",
  "ranking-incomplete",
  "weights-undetermined",
  "hierarchy-size-mismatch",
  "no-criteria",
  "no-options",
  "method-requires-positive",
  "criterion-not-found",
  "duplicate-criterion",
  "range-option-not-found",
  "range-criterion-not-found",
  "range-unreadable",
  "range-order",
  "range-not-positive-for-log",
  "duplicate-scenario",
  "scenario-criterion-not-found",
  "scenario-not-found",
  "constraint-unreadable",
  "constraint-criterion-not-found",
  "constraint-value-unreadable",
  "override-not-found",
  "override-unreadable",
  "definition-header-missing",
  "definition-cell-invalid",
  "definition-duplicate",
]);

export function isBlocking(issue: Issue): boolean {
  return BLOCKING.has(issue.code);
}
