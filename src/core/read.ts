import { cellText, isBlank, levelKey, type Cell } from "./cells";
import { inferDirection, inferScale, inferValueFunction } from "./infer";
import type { CellIssue, CellRef, Issue } from "./issues";
import { sameWord } from "./names";
import type { CriterionDefinition, OnInvalid, TableInput } from "./model";
import type { Direction } from "./normalize";
import { readCell, type ScaleSpec } from "./scales/index";
import { applyValueFunction, type ValueFunction } from "./value-functions";

export interface ResolvedCriterion {
  readonly name: string;
  /** 0-based column of the table holding it. */
  readonly column: number;
  readonly direction: Direction;
  readonly scale: ScaleSpec;
  readonly valueFunction: ValueFunction;
  readonly weight?: number;
  /** Which of scale, direction and value function came from inference rather than the definition. */
  readonly inferred: readonly ("scale" | "direction" | "valueFunction")[];
}

export interface OptionRow {
  readonly name: string;
  /** 0-based data row (header excluded) the option came from. */
  readonly row: number;
}

export interface ReadResult {
  readonly nameColumn: number;
  readonly options: OptionRow[];
  readonly criteria: ResolvedCriterion[];
  /** Values in each scale's unit (currency in units, percent as fractions, months), options x criteria. */
  readonly natural: number[][];
  /** The same after each criterion's value function: what the methods compare. */
  readonly values: number[][];
  readonly issues: Issue[];
}

export interface ReadSettings {
  readonly criteria?: readonly CriterionDefinition[] | undefined;
  readonly nameColumn?: string | undefined;
  readonly onInvalid: OnInvalid;
}

/** Headers that name the column of option names. */
const NAME_HEADERS: ReadonlySet<string> = new Set(["option", "options", "opportunity", "opportunities", "name", "alternative", "alternatives", "project", "projects", "candidate", "candidates", "item", "choice"].map(levelKey));

/**
 * The analyst's table with every cell read, before any row or criterion is left out: what a workbook
 * change costs once. Scenarios and weights work on it (overrides replace values, constraints drop
 * rows, weights are a vector) and {@link finishMatrix} turns it into the matrix the methods compare.
 */
export interface TableCells {
  readonly nameColumn: number;
  readonly criteria: readonly ResolvedCriterion[];
  /** Every row with a name, in table order. */
  readonly options: readonly OptionRow[];
  /** Options x criteria in each scale's unit; NaN where the cell cannot be read. */
  readonly natural: readonly (readonly number[])[];
  /** The same after each criterion's value function; NaN where unusable. */
  readonly values: readonly (readonly number[])[];
  /** Options x criteria: why a cell cannot be used (absent when it can). */
  readonly cellIssues: readonly (readonly (CellIssue | undefined)[])[];
  /** Issues with the criteria and the rows themselves (not found, duplicated, a row without a name). */
  readonly issues: readonly Issue[];
}

/** One cell read on a criterion's scale and through its value function. */
export function readValue(raw: Cell, criterion: ResolvedCriterion, located: { cell: CellRef; option: string; criterion: string }): { natural: number; value: number; issue?: CellIssue } {
  const read = readCell(raw, criterion.scale);
  if (!read.ok) return { natural: NaN, value: NaN, issue: { ...read.issue, ...located } as CellIssue };
  const value = applyValueFunction(criterion.valueFunction, read.value);
  if (value === null || !Number.isFinite(value)) return { natural: read.value, value: NaN, issue: { code: "not-positive-for-log", raw: cellText(raw), value: read.value, ...located } };
  return { natural: read.value, value };
}

/**
 * Reads an analyst's table (a header row and one row per option) into a numeric decision matrix.
 * Every cell that cannot be used becomes an issue naming its row, column, option and criterion;
 * fully blank rows are skipped silently. Never throws on user data; every value returned is finite.
 */
export function readTable(table: TableInput, settings: ReadSettings): ReadResult {
  return finishMatrix(readCells(table, settings), settings.onInvalid);
}

/** Reads every cell of the table once: the criteria resolved (defined or inferred), the name column found, each value read. */
export function readCells(table: TableInput, settings: Omit<ReadSettings, "onInvalid">): TableCells {
  const issues: Issue[] = [];
  const headers = table.header.map((h) => cellText(h).trim());
  const width = headers.length;
  const rows = table.rows
    .map((cells, row) => ({ cells: Array.from({ length: width }, (_, j) => cells[j] ?? null), row }))
    .filter(({ cells }) => !cells.every(isBlank));
  const columnValues = (j: number): Cell[] => rows.map((r) => r.cells[j]);

  const explicitName = settings.nameColumn === undefined ? -1 : headers.findIndex((h) => sameWord(h, settings.nameColumn ?? ""));
  const criteria = settings.criteria && settings.criteria.length > 0 ? definedCriteria(settings.criteria, headers, columnValues, issues) : inferredCriteria(headers, explicitName, columnValues, issues);
  const nameColumn = findNameColumn(headers, explicitName, new Set(criteria.map((c) => c.column)), columnValues);
  // A name column that also holds a criterion is not a criterion.
  const criteriaOut = criteria.filter((c) => c.column !== nameColumn);

  const options: OptionRow[] = [];
  const natural: number[][] = [];
  const values: number[][] = [];
  const cellIssues: (CellIssue | undefined)[][] = [];
  for (const { cells, row } of rows) {
    const name = nameColumn >= 0 ? cellText(cells[nameColumn]).trim() : `Row ${row + 1}`;
    if (name === "") {
      issues.push({ code: "missing-name", row, ...(nameColumn >= 0 ? { cell: { row, column: nameColumn } } : {}) });
      continue;
    }
    const read = criteriaOut.map((criterion) => readValue(cells[criterion.column], criterion, { cell: { row, column: criterion.column }, option: name, criterion: criterion.name }));
    options.push({ name, row });
    natural.push(read.map((r) => r.natural));
    values.push(read.map((r) => r.value));
    cellIssues.push(read.map((r) => r.issue));
  }
  return { nameColumn, criteria: criteriaOut, options, natural, values, cellIssues, issues };
}

function definedCriteria(definitions: readonly CriterionDefinition[], headers: readonly string[], columnValues: (j: number) => Cell[], issues: Issue[]): ResolvedCriterion[] {
  const criteria: ResolvedCriterion[] = [];
  const seen = new Set<string>();
  for (const def of definitions) {
    const key = levelKey(def.name);
    if (seen.has(key)) {
      issues.push({ code: "duplicate-criterion", criterion: def.name });
      continue;
    }
    seen.add(key);
    const column = headers.findIndex((h) => sameWord(h, def.column ?? def.name));
    if (column < 0) {
      issues.push({ code: "criterion-not-found", criterion: def.name });
      continue;
    }
    const resolved = resolveCriterion(def, column, headers[column] ?? def.name, columnValues(column));
    if (resolved) criteria.push(resolved);
    else issues.push({ code: "criterion-without-values", criterion: def.name });
  }
  return criteria;
}

function inferredCriteria(headers: readonly string[], explicitName: number, columnValues: (j: number) => Cell[], issues: Issue[]): ResolvedCriterion[] {
  // Without a text column the first column holds the names, even if they are numbers (codes, IDs).
  const hasText = headers.some((_, j) => j !== explicitName && columnValues(j).some((v) => typeof v === "string" && v.trim() !== "" && inferScale(headers[j] ?? "", [v]) === null));
  // A header that names the options ("Option", "Opportunity", "Name", ...) marks the name column even
  // when some names are numbers (15, 1.5) or look like values ("Y").
  const namedHeader = headers.findIndex((h) => NAME_HEADERS.has(levelKey(h)));
  const nameGuess = explicitName >= 0 ? explicitName : namedHeader >= 0 ? namedHeader : hasText ? -1 : 0;
  const criteria: ResolvedCriterion[] = [];
  const seen = new Set<string>();
  for (let j = 0; j < headers.length; j++) {
    if (j === nameGuess) continue;
    const resolved = resolveCriterion({ name: headers[j] || `Column ${j + 1}` }, j, headers[j] ?? "", columnValues(j));
    if (!resolved) continue;
    if (seen.has(levelKey(resolved.name))) {
      issues.push({ code: "duplicate-criterion", criterion: resolved.name });
      continue;
    }
    seen.add(levelKey(resolved.name));
    criteria.push(resolved);
  }
  return criteria;
}

/** The column of option names: the one named in the settings, else a header that names options, else the first text column left. */
function findNameColumn(headers: readonly string[], explicitName: number, used: ReadonlySet<number>, columnValues: (j: number) => Cell[]): number {
  if (explicitName >= 0) return explicitName;
  const named = headers.findIndex((h, j) => NAME_HEADERS.has(levelKey(h)) && !used.has(j));
  if (named >= 0) return named;
  const textColumn = headers.findIndex((_, j) => !used.has(j) && columnValues(j).some((v) => typeof v === "string" && v.trim() !== ""));
  return textColumn >= 0 ? textColumn : headers.findIndex((_, j) => !used.has(j));
}

/**
 * The matrix the methods compare, from the cells read: a criterion no option can use is dropped (rather
 * than every option), an option with an unusable value is left out or given the worst value (onInvalid),
 * and duplicated names, an empty table and a cost direction given to a piecewise value function are noted.
 */
export function finishMatrix(cells: TableCells, onInvalid: OnInvalid): ReadResult {
  const issues: Issue[] = [...cells.issues];
  // One push per issue: a table of 100,000 unreadable cells must not become 100,000 call arguments.
  for (const row of cells.cellIssues) for (const issue of row) if (issue) issues.push(issue);
  const { options, criteria: criteriaOut, values, natural } = cells;

  // A criterion no option has a usable value for cannot rank anything: drop it rather than every option.
  const keep = criteriaOut.map((_, j) => values.some((row) => Number.isFinite(row[j] ?? NaN)));
  criteriaOut.forEach((criterion, j) => {
    if (!keep[j]) issues.push({ code: "criterion-without-values", criterion: criterion.name });
  });
  const finalCriteria = criteriaOut.filter((_, j) => keep[j]);
  const pick = <T>(row: readonly T[]): T[] => row.filter((_, j) => keep[j]);
  const keptValues = values.map(pick);
  const keptNatural = natural.map(pick);

  // The option holding the worst usable value of each criterion, whose value (and natural value) stands
  // in for an unreadable one under onInvalid "worst".
  const worstRow = finalCriteria.map((criterion, j) => {
    let best = -1;
    keptValues.forEach((row, i) => {
      const v = row[j] ?? NaN;
      if (!Number.isFinite(v)) return;
      const current = keptValues[best]?.[j] ?? NaN;
      if (best < 0 || (criterion.direction === "cost" ? v > current : v < current)) best = i;
    });
    return best;
  });

  const outOptions: OptionRow[] = [];
  const outNatural: number[][] = [];
  const outValues: number[][] = [];
  options.forEach((option, i) => {
    const rowValues = keptValues[i] ?? [];
    const rowNatural = keptNatural[i] ?? [];
    const bad = rowValues.map((v, j) => (Number.isFinite(v) ? -1 : j)).filter((j) => j >= 0);
    if (bad.length > 0 && onInvalid === "exclude") {
      issues.push({ code: "row-excluded", option: option.name, row: option.row, reasons: bad.length });
      return;
    }
    for (const j of bad) {
      const source = worstRow[j] ?? 0;
      const value = keptValues[source]?.[j] ?? 0;
      rowValues[j] = value;
      rowNatural[j] = keptNatural[source]?.[j] ?? 0;
      issues.push({ code: "value-replaced-by-worst", option: option.name, criterion: finalCriteria[j]?.name ?? "", row: option.row, value: rowNatural[j] ?? 0 });
    }
    outOptions.push(option);
    outNatural.push(rowNatural);
    outValues.push(rowValues);
  });

  const byName = new Map<string, number[]>();
  for (const option of outOptions) byName.set(levelKey(option.name), [...(byName.get(levelKey(option.name)) ?? []), option.row]);
  for (const [, dupRows] of byName) {
    if (dupRows.length > 1) issues.push({ code: "duplicate-option", option: outOptions.find((o) => o.row === dupRows[0])?.name ?? "", rows: dupRows });
  }
  if (finalCriteria.length === 0) issues.push({ code: "no-criteria" });
  if (outOptions.length === 0) issues.push({ code: "no-options" });
  for (const criterion of finalCriteria) {
    if (criterion.valueFunction.kind === "piecewise" && criterion.inferred.includes("direction") === false && criterion.direction === "cost") {
      issues.push({ code: "piecewise-direction", criterion: criterion.name });
    }
  }
  return {
    nameColumn: cells.nameColumn,
    options: outOptions,
    criteria: finalCriteria.map((c) => (c.valueFunction.kind === "piecewise" ? { ...c, direction: "benefit" as const } : c)),
    natural: outNatural,
    values: outValues,
    issues,
  };
}

function resolveCriterion(def: CriterionDefinition, column: number, header: string, values: readonly Cell[]): ResolvedCriterion | null {
  const inferred: ("scale" | "direction" | "valueFunction")[] = [];
  let scale = def.scale;
  if (!scale) {
    const guess = inferScale(header, values);
    if (!guess) return null;
    scale = guess;
    inferred.push("scale");
  }
  let direction = def.direction;
  if (!direction) {
    direction = def.valueFunction?.kind === "piecewise" ? "benefit" : inferDirection(header, scale);
    inferred.push("direction");
  }
  let valueFunction = def.valueFunction;
  if (!valueFunction) {
    valueFunction = inferValueFunction(scale, values);
    inferred.push("valueFunction");
  }
  return { name: def.name, column, direction, scale, valueFunction, ...(def.weight !== undefined ? { weight: def.weight } : {}), inferred };
}
