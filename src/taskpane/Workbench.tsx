/**
 * The analyst's cockpit, loaded after the first screen: the workbook's data and issues, the weights and
 * the ranking they give, scenarios, sensitivity and the simulation, one tab each. It holds the pane's
 * state (the scenario shown, the weights moved, the scenarios made here) and hands it to the host to keep
 * in the workbook; the views receive data and callbacks and never touch Excel.
 */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type MutableRefObject } from "react";
import { compareScenarios, type MethodName, type Scenario, sameWord } from "../core/index";
import { useAnalysis } from "./simulation/useAnalysis";
import type { PaneChanges, PaneData, PaneState } from "../workbook/pane";
import type { CellLink } from "./host";
import { baseView, CURRENT, names, rankWith, shares, updateScenario, viewFor, weightedDecision, weightsFrom, withScenarios, weightsRecord } from "./model";
import { DataView } from "./views/DataView";
import { RankingView } from "./views/RankingView";
import { ScenariosView } from "./views/ScenariosView";
import { SensitivityView } from "./views/SensitivityView";
import { SimulationView } from "./views/SimulationView";

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalS, flexWrap: "wrap" },
});

export type TabName = "ranking" | "data" | "scenarios" | "sensitivity" | "simulation";

export interface WorkbenchProps {
  readonly data: PaneData;
  /** Keeps the pane's choices in the workbook (debounced here). */
  readonly onSave?: (changes: PaneChanges) => void;
  /** Set to a function that saves at once while a save is pending (null otherwise), so the host can flush before a refresh. */
  readonly flushRef?: MutableRefObject<(() => void) | null>;
  /** Selects an input issue's cell in the workbook. */
  readonly onSelect?: (link: CellLink) => void;
  /** Uses another method (the host stores the choice and reloads). */
  readonly onMethod?: (method: MethodName) => void;
  /** Uses another table as the options (the host stores the choice and reloads). */
  readonly onOptionsTable?: (name: string) => void;
  /** Milliseconds a change waits before it is saved (the sliders move many times a second). */
  readonly saveDelay?: number;
  readonly initialTab?: TabName;
  /** Told which tab is open, so the host can reopen it after a reload. */
  readonly onTab?: (tab: TabName) => void;
  /** Where the analyses run: "auto" (a Web Worker where there is one) or "page". */
  readonly analysisOptions?: { where?: "auto" | "page" };
}

export function Workbench({ data, onSave, flushRef, onSelect, onOptionsTable, onMethod, saveDelay = 600, initialTab = "ranking", onTab, analysisOptions }: WorkbenchProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>(initialTab);
  // The options table as read when the pane loaded: nothing below reads a cell again.
  const decision = data.decision;
  const [pane, setPane] = useState<PaneState>(data.state);
  // The Scenarios table's rows, and the scenarios made in the pane (a table row wins a name clash, as in refresh).
  const tableScenarios: readonly Scenario[] = useMemo(() => decision?.settings.scenarios ?? [], [decision]);
  // (and, as there, the first of two pane scenarios with one name).
  const paneOwn = useMemo(() => pane.scenarios.filter((s, i) => !tableScenarios.some((t) => sameWord(t.name, s.name)) && pane.scenarios.findIndex((o) => sameWord(o.name, s.name)) === i), [pane.scenarios, tableScenarios]);
  const all = useMemo(() => [...tableScenarios, ...paneOwn], [tableScenarios, paneOwn]);
  const [selected, setSelected] = useState<string>(() => (data.settings.scenario !== CURRENT && all.some((s) => sameWord(s.name, data.settings.scenario)) ? data.settings.scenario : CURRENT));
  // Weights moved on a row of the Scenarios table: kept while the pane is open, never written into the analyst's table.
  const [drafts, setDrafts] = useState<Record<string, number[]>>({});

  const base = useMemo(() => (decision ? baseView(decision) : undefined), [decision]);
  const scenario = all.find((s) => sameWord(s.name, selected));
  const paneScenario = paneOwn.find((s) => sameWord(s.name, selected));
  // A pane scenario's weights by name drive the sliders; one holding a weighting (hand-edited) starts from it.
  const paneRecord = paneScenario?.weights && !("method" in paneScenario.weights) ? (paneScenario.weights as Record<string, number>) : undefined;
  // The table as the scenario shapes it (constraints, overrides, method; a table row's weights) changes
  // only with that shape. Its parts keep their identity when only a pane scenario's weights change
  // (updateScenario copies the rest), so moving those weights does not recompute the view.
  const shapeName = scenario?.name;
  const overrides = scenario?.overrides;
  const constraints = scenario?.constraints;
  const shapeMethod = scenario?.method;
  const shapeWeights = paneRecord ? undefined : scenario?.weights;
  const view = useMemo(() => {
    if (!decision || !base) return undefined;
    const shaping: Scenario | undefined =
      shapeName !== undefined && overrides && constraints ? { name: shapeName, overrides, constraints, ...(shapeMethod ? { method: shapeMethod } : {}), ...(shapeWeights ? { weights: shapeWeights } : {}) } : undefined;
    return viewFor(decision, shaping, base);
  }, [decision, base, shapeName, overrides, constraints, shapeMethod, shapeWeights]);
  const criteria = useMemo(() => (view ? names(view.read) : []), [view]);

  // The sliders' weights: the pane's weights on the table, a pane scenario's own, or the scenario's as the table defines them.
  const draft = drafts[selected];
  const weights: number[] = useMemo(() => {
    const start = view?.weights ?? [];
    if (selected === CURRENT) return shares(weightsFrom(criteria, pane.weights, start));
    if (paneRecord) return shares(weightsFrom(criteria, paneRecord, base?.weights ?? []));
    return draft ?? [...start];
  }, [selected, criteria, pane.weights, paneRecord, base, view, draft]);

  const setWeights = (next: number[]) => {
    const record = weightsRecord(criteria, shares(next));
    if (selected === CURRENT) setPane((p) => ({ ...p, weights: record }));
    else if (paneScenario) setPane((p) => updateScenario(p, selected, { weights: record }));
    else setDrafts((d) => ({ ...d, [selected]: shares(next) }));
  };
  const resetWeights = () => {
    if (selected === CURRENT) setPane((p) => ({ scenarios: p.scenarios }));
    else setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== selected)));
  };
  const moved = selected === CURRENT ? pane.weights !== undefined : !paneScenario && drafts[selected] !== undefined;

  // Save the pane's choices a moment after they change (never what it opened with: React's development
  // double mount would otherwise write on every open). A pending save runs at once when the host asks
  // (before a refresh: flushRef), when the page is hidden or closed, and when the cockpit unmounts.
  const pendingSave = useRef<(() => void) | null>(null);
  const savedKey = useRef(JSON.stringify({ scenario: selected, pane }));
  useEffect(() => {
    const flush = () => pendingSave.current?.();
    if (flushRef) flushRef.current = flush;
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      if (flushRef) flushRef.current = null;
    };
  }, [flushRef]);
  useEffect(() => {
    const key = JSON.stringify({ scenario: selected, pane });
    if (!onSave || key === savedKey.current) {
      pendingSave.current = null;
      return;
    }
    const save = () => {
      if (pendingSave.current !== save) return;
      pendingSave.current = null;
      savedKey.current = key;
      onSave({ settings: { scenario: selected }, state: pane });
    };
    pendingSave.current = save;
    const timer = setTimeout(save, saveDelay);
    return () => clearTimeout(timer);
  }, [pane, selected, onSave, saveDelay]);

  // The ranking follows every move at once; the heavier analyses follow when React has time.
  const ranking = useMemo(() => (view && weights.length > 0 ? rankWith(view.read, view.decision.settings.method, weights) : undefined), [view, weights]);
  // With every scenario (the recommendation names each one's winner).
  const weighted = useMemo(() => (view && weights.length > 0 ? withScenarios(weightedDecision(view, weights), all) : undefined), [view, weights, all]);
  // Stability, spider, tornado and the recommendation take up to a second on large tables: off the page's thread.
  const { result: analyzed, stale } = useAnalysis(weighted, analysisOptions);
  const analysis = analyzed ?? undefined;
  // Side by side: every scenario against the table with the weights the pane holds now (scenarios without weights take them).
  // With no scenario shown these are the sliders' weights and ranking already: nothing to compute twice.
  const nowWeights = useMemo(() => (selected === CURRENT ? weights : base ? shares(weightsFrom(names(base.read), pane.weights, base.weights)) : []), [selected, weights, base, pane.weights]);
  const now = useMemo(() => (selected === CURRENT ? ranking : base && nowWeights.length > 0 ? rankWith(base.read, base.decision.settings.method, nowWeights) : undefined), [selected, ranking, base, nowWeights]);
  const compared = useDeferredValue(useMemo(() => ({ all, nowWeights }), [all, nowWeights]));
  const comparison = useMemo(() => (decision && base && compared.nowWeights.length > 0 && compared.all.length > 0 ? compareScenarios(withScenarios(decision, compared.all), base.read, compared.nowWeights) : null), [decision, base, compared]);

  const views: Record<TabName, () => React.ReactNode> = {
    ranking: () => (
      <RankingView
        view={view}
        criteria={criteria}
        weights={weights}
        ranking={ranking}
        analysis={analysis}
        stale={stale}
        moved={moved}
        scenario={selected}
        method={decision?.settings.method.name ?? ""}
        {...(onMethod ? { onMethod } : {})}
        {...(draft && !paneScenario && selected !== CURRENT ? { draftNote: "These weights are not kept: the scenario is a row of the Scenarios table, which only the analyst edits. Duplicate it on the Scenarios tab to keep them (the report uses the row's own weights)." } : {})}
        onWeights={setWeights}
        onReset={resetWeights}
      />
    ),
    data: () => <DataView data={data} view={view} {...(onSelect ? { onSelect } : {})} {...(onOptionsTable ? { onOptionsTable } : {})} />,
    scenarios: () => (
      <ScenariosView
        scenarios={all}
        pane={pane}
        selected={selected}
        criteria={criteria}
        weights={weights}
        now={now}
        comparison={comparison}
        made={(name) => paneOwn.some((s) => sameWord(s.name, name))}
        onSelect={setSelected}
        onPane={setPane}
      />
    ),
    sensitivity: () => <SensitivityView analysis={analysis} stale={stale} failed={analyzed === null} />,
    // A run's draws and weight mode are kept at once (refresh then simulates the same way).
    simulation: () => <SimulationView decision={weighted} {...(onSave ? { onSettings: (settings: { draws: number; weights: string }) => onSave({ settings }) } : {})} />,
  };

  return (
    <section aria-label="Analysis">
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_e, d) => {
          setTab(d.value as TabName);
          onTab?.(d.value as TabName);
        }}
      >
        <Tab value="ranking">Ranking</Tab>
        <Tab value="data">Data{data.notes.length > 0 ? ` (${data.notes.length})` : ""}</Tab>
        <Tab value="scenarios">Scenarios</Tab>
        <Tab value="sensitivity">Sensitivity</Tab>
        <Tab value="simulation">Simulation</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab}>
        {tab === "simulation" ? null : views[tab]()}
        {/* Kept mounted, so a run goes on (and its result stays) while the analyst looks at another tab. */}
        <div hidden={tab !== "simulation"}>{views.simulation()}</div>
      </div>
    </section>
  );
}
