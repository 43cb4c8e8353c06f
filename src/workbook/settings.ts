/**
 * Refresh's settings as the workbook keeps them (the settings sheet, key by key): what they are, their
 * defaults, and how they are read back and written. Refresh, the report and the task pane share them.
 */
import { DEFAULT_DRAWS, DEFAULT_SEED, parseSeed, validDraws } from "../core/index";
import { DEFAULT_REPORT_SHEET } from "./port";

export interface RefreshSettings {
  readonly optionsTable: string;
  readonly criteriaTable: string;
  readonly scenariosTable: string;
  readonly reportSheet: string;
  /** Empty: the analyst's weights as they stand. */
  readonly scenario: string;
  readonly method: string;
  readonly draws: number;
  readonly seed: number | string;
  readonly weights: string;
}

export const DEFAULT_SETTINGS: RefreshSettings = {
  optionsTable: "Opportunities",
  criteriaTable: "Criteria",
  scenariosTable: "Scenarios",
  reportSheet: DEFAULT_REPORT_SHEET,
  scenario: "",
  method: "wsm",
  draws: DEFAULT_DRAWS,
  seed: DEFAULT_SEED,
  weights: "uniform",
};

/** Settings from what the workbook stored, over the defaults; unusable values fall back to the default. */
export function settingsFrom(stored: Readonly<Record<string, string>>, overrides: Partial<RefreshSettings> = {}): RefreshSettings {
  const text = (key: keyof RefreshSettings): string | undefined => {
    const v = stored[key];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  };
  const draws = Number(text("draws"));
  const seed = text("seed");
  return {
    optionsTable: text("optionsTable") ?? DEFAULT_SETTINGS.optionsTable,
    criteriaTable: text("criteriaTable") ?? DEFAULT_SETTINGS.criteriaTable,
    scenariosTable: text("scenariosTable") ?? DEFAULT_SETTINGS.scenariosTable,
    reportSheet: text("reportSheet") ?? DEFAULT_SETTINGS.reportSheet,
    scenario: stored["scenario"]?.trim() ?? DEFAULT_SETTINGS.scenario,
    method: text("method") ?? DEFAULT_SETTINGS.method,
    draws: validDraws(draws) ? draws : DEFAULT_SETTINGS.draws,
    seed: seed === undefined ? DEFAULT_SETTINGS.seed : parseSeed(seed),
    weights: text("weights") ?? DEFAULT_SETTINGS.weights,
    ...overrides,
  };
}

/** The settings as the workbook stores them, with the report's id. */
export function settingsRecord(settings: RefreshSettings, token: string): Record<string, string> {
  return {
    optionsTable: settings.optionsTable,
    criteriaTable: settings.criteriaTable,
    scenariosTable: settings.scenariosTable,
    reportSheet: settings.reportSheet,
    scenario: settings.scenario,
    method: settings.method,
    draws: String(settings.draws),
    seed: String(settings.seed),
    weights: settings.weights,
    reportToken: token,
  };
}
