import { cellText, isBlank, levelKey, type Cell } from "./cells";
import { sameWord } from "./names";
import type { CellRef, DefinitionIssue } from "./issues";
import { DISTRIBUTIONS, type CriterionDefinition, type CriterionInput, type ScenarioInput } from "./model";
import { readCell, SCALE_KINDS, type ScaleSpec } from "./scales/index";

/**
 * The analyst's definition tables as Excel hands them over (a header row, then one row per entry), read
 * into the problem format. Headers match case- and space-insensitively and may come in any order;
 * columns not listed are ignored. Blank rows are skipped. Every cell that cannot be used is an issue
 * naming the cell (0-based data row and column) and what was expected.
 *
 * Criteria table: Criterion | Column | Direction | Scale | Levels | Weight | Value function |
 * Uncertainty | Distribution. Only Criterion is required.
 * Scenarios table: Scenario | Description | Method | one column per criterion (its weight; blank keeps
 * the criterion's own) | Constraints (separated by ";" or line breaks).
 */

const HEADERS = {
  criterion: ["criterion", "name"],
  column: ["column", "header"],
  direction: ["direction", "better", "goal"],
  scale: ["scale", "type", "unit"],
  levels: ["levels", "level order"],
  weight: ["weight", "importance"],
  valueFunction: ["value function", "valuefunction", "transform"],
  uncertainty: ["uncertainty", "range", "+-", "±"],
  distribution: ["distribution"],
} as const;

const DIRECTIONS: Record<string, "benefit" | "cost"> = {
  benefit: "benefit",
  max: "benefit",
  maximise: "benefit",
  maximize: "benefit",
  higher: "benefit",
  higherisbetter: "benefit",
  more: "benefit",
  "+": "benefit",
  cost: "cost",
  min: "cost",
  minimise: "cost",
  minimize: "cost",
  lower: "cost",
  lowerisbetter: "cost",
  less: "cost",
  "-": "cost",
};

const SCALE_ALIASES: Record<string, ScaleSpec["kind"]> = {
  yes: "yesno",
  "yes/no": "yesno",
  yesno: "yesno",
  boolean: "yesno",
  money: "currency",
  "%": "percent",
  percentage: "percent",
  time: "duration",
  months: "duration",
  level: "ordinal",
  levels: "ordinal",
  rating: "ordinal",
};

function headerIndex(header: readonly Cell[], names: readonly string[]): number {
  const keys = names.map(levelKey);
  return header.findIndex((h) => keys.includes(levelKey(cellText(h))));
}

type Located = { readonly row: number; readonly column: number };

/** Reads a Criteria table into criterion definitions. */
export function readCriteriaTable(rows: readonly (readonly Cell[])[]): { criteria: CriterionDefinition[]; issues: DefinitionIssue[] } {
  const issues: DefinitionIssue[] = [];
  const header = rows[0] ?? [];
  const at = Object.fromEntries(Object.entries(HEADERS).map(([field, names]) => [field, headerIndex(header, names)])) as Record<keyof typeof HEADERS, number>;
  if (at.criterion < 0) return { criteria: [], issues: [{ code: "definition-header-missing", table: "criteria", header: "Criterion" }] };
  const invalid = (cell: Located, field: string, raw: Cell, expected: string): void => {
    issues.push({ code: "definition-cell-invalid", table: "criteria", cell, field, raw: cellText(raw), expected });
  };
  const criteria: CriterionDefinition[] = [];
  const seen = new Map<string, CellRef>();
  rows.slice(1).forEach((cells, row) => {
    if (cells.every((c) => isBlank(c))) return;
    const get = (column: number): Cell => (column >= 0 ? cells[column] : null);
    const name = cellText(get(at.criterion)).trim();
    if (name === "") {
      invalid({ row, column: at.criterion }, "Criterion", get(at.criterion), "the criterion's name");
      return;
    }
    if (seen.has(levelKey(name))) {
      issues.push({ code: "definition-duplicate", table: "criteria", name, cell: { row, column: at.criterion } });
      return;
    }
    seen.set(levelKey(name), { row, column: at.criterion });
    const definition: CriterionInput = { name };
    const column = cellText(get(at.column)).trim();
    if (column) definition.column = column;

    const direction = get(at.direction);
    if (!isBlank(direction)) {
      const d = DIRECTIONS[levelKey(cellText(direction))];
      if (d) definition.direction = d;
      else invalid({ row, column: at.direction }, "Direction", direction, "benefit or cost");
    }

    const scaleCell = get(at.scale);
    let scale: ScaleSpec | undefined;
    if (!isBlank(scaleCell)) {
      const key = levelKey(cellText(scaleCell));
      const kind = (SCALE_KINDS as readonly string[]).find((k) => levelKey(k) === key) ?? SCALE_ALIASES[cellText(scaleCell).trim().toLowerCase()] ?? SCALE_ALIASES[key];
      if (!kind) invalid({ row, column: at.scale }, "Scale", scaleCell, SCALE_KINDS.join(", "));
      else scale = { kind } as ScaleSpec;
    }
    const levelsCell = get(at.levels);
    if (!isBlank(levelsCell)) {
      const levels = cellText(levelsCell)
        .split(/[,;\n]/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
      if (levels.length < 2) invalid({ row, column: at.levels }, "Levels", levelsCell, "two or more levels, lowest first, separated by commas");
      else if (scale === undefined || scale.kind === "ordinal") scale = { kind: "ordinal", levels };
    }
    if (scale) definition.scale = scale;

    const weightCell = get(at.weight);
    if (!isBlank(weightCell)) {
      const read = readCell(weightCell, { kind: "number", min: 0 });
      const percent = read.ok ? read : readCell(weightCell, { kind: "percent", min: 0, max: Number.MAX_VALUE });
      if (percent.ok) definition.weight = percent.value;
      else invalid({ row, column: at.weight }, "Weight", weightCell, "a number of 0 or more (or a percentage)");
    }

    const vf = get(at.valueFunction);
    if (!isBlank(vf)) {
      const key = levelKey(cellText(vf));
      if (key === "linear" || key === "log") definition.valueFunction = { kind: key };
      else if (key === "log10" || key === "logarithmic") definition.valueFunction = { kind: "log" };
      else invalid({ row, column: at.valueFunction }, "Value function", vf, "linear or log");
    }

    const u = get(at.uncertainty);
    const distribution = get(at.distribution);
    let dist: (typeof DISTRIBUTIONS)[number] | undefined;
    if (!isBlank(distribution)) {
      dist = DISTRIBUTIONS.find((d) => d === levelKey(cellText(distribution)));
      if (!dist) invalid({ row, column: at.distribution }, "Distribution", distribution, DISTRIBUTIONS.join(", "));
    }
    if (!isBlank(u)) {
      const uncertainty = readUncertainty(u, scale);
      if (uncertainty === null) invalid({ row, column: at.uncertainty }, "Uncertainty", u, 'a spread such as "±20%" (of each value) or "±3 months" / "±$5B" (in the scale\'s unit)');
      else definition.uncertainty = { ...uncertainty, ...(dist ? { distribution: dist } : {}) };
    }
    criteria.push(definition as CriterionDefinition);
  });
  return { criteria, issues };
}

/** "±20%", "+-20%", "20%" -> percent of each value; "±3 months", "±$5B", "±0.5" -> an amount on the scale. */
function readUncertainty(raw: Cell, scale: ScaleSpec | undefined): { percent: number } | { plusMinus: number } | null {
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? { plusMinus: raw } : null;
  const text = cellText(raw).trim().replace(/^(?:±|\+\/-|\+-|\+ ?\/ ?-)\s*/, "");
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) {
    const p = Number(percent[1]);
    return p <= 100 ? { percent: p } : null;
  }
  const read = readCell(text, scale && scale.kind !== "ordinal" && scale.kind !== "yesno" ? { ...scale, min: 0 } : { kind: "number", min: 0 });
  return read.ok ? { plusMinus: read.value } : null;
}

const SCENARIO_HEADERS = { scenario: ["scenario", "name"], description: ["description", "notes"], method: ["method"], constraints: ["constraints", "constraint", "conditions", "filters"] } as const;

/**
 * Reads a Scenarios table. `criteria` names the criteria whose weight columns it may hold (the options
 * table's criteria); a header that is neither a known column nor a criterion is ignored.
 */
export function readScenariosTable(rows: readonly (readonly Cell[])[], criteria: readonly string[]): { scenarios: ScenarioInput[]; issues: DefinitionIssue[] } {
  const issues: DefinitionIssue[] = [];
  const header = rows[0] ?? [];
  const at = Object.fromEntries(Object.entries(SCENARIO_HEADERS).map(([field, names]) => [field, headerIndex(header, names)])) as Record<keyof typeof SCENARIO_HEADERS, number>;
  if (at.scenario < 0) return { scenarios: [], issues: [{ code: "definition-header-missing", table: "scenarios", header: "Scenario" }] };
  const weightColumns = criteria.flatMap((name) => {
    const column = header.findIndex((h) => sameWord(cellText(h), name));
    return column >= 0 ? [{ name, column }] : [];
  });
  const scenarios: ScenarioInput[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, row) => {
    if (cells.every((c) => isBlank(c))) return;
    const name = cellText(cells[at.scenario]).trim();
    if (name === "") {
      issues.push({ code: "definition-cell-invalid", table: "scenarios", cell: { row, column: at.scenario }, field: "Scenario", raw: "", expected: "the scenario's name" });
      return;
    }
    if (seen.has(levelKey(name))) {
      issues.push({ code: "definition-duplicate", table: "scenarios", name, cell: { row, column: at.scenario } });
      return;
    }
    seen.add(levelKey(name));
    const scenario: ScenarioInput = { name };
    const description = at.description >= 0 ? cellText(cells[at.description]).trim() : "";
    if (description) scenario.description = description;
    const method = at.method >= 0 ? cellText(cells[at.method]).trim() : "";
    if (method) scenario.method = method;
    const weights: Record<string, number> = {};
    for (const { name: criterion, column } of weightColumns) {
      const raw = cells[column];
      if (isBlank(raw)) continue;
      const read = readCell(raw, { kind: "number", min: 0 });
      const value = read.ok ? read : readCell(raw, { kind: "percent", min: 0, max: Number.MAX_VALUE });
      if (value.ok) weights[criterion] = value.value;
      else issues.push({ code: "definition-cell-invalid", table: "scenarios", cell: { row, column }, field: criterion, raw: cellText(raw), expected: "a weight of 0 or more, or blank to keep the criterion's" });
    }
    if (Object.keys(weights).length > 0) scenario.weights = weights;
    const constraints = at.constraints >= 0 ? cellText(cells[at.constraints]).split(/[;\n]/).map((c) => c.trim()).filter((c) => c !== "") : [];
    if (constraints.length > 0) scenario.constraints = constraints;
    scenarios.push(scenario);
  });
  return { scenarios, issues };
}
