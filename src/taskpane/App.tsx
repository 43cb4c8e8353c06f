import { Body1, Button, Caption1, FluentProvider, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Component, lazy, Suspense, useCallback, useEffect, useRef, useState, type MutableRefObject, type ReactNode } from "react";
import type { PaneChanges, PaneData, ShortNamesResult } from "../workbook/pane";
import type { CellLink, PaneHost } from "./host";
import type { TabName } from "./Workbench";
// The live weights bring the engine (and zod) with them: loaded after the first screen.
const loadWorkbench = () => lazy(() => import(/* webpackChunkName: "workbench" */ "./Workbench").then((m) => ({ default: m.Workbench })));

/** Catches a failed load of the cockpit (a network blip) or a failure to draw it, and offers to try again, instead of a blank pane. */
class LoadFailure extends Component<{ children: ReactNode; onRetry: () => void }, { failed: string | null }> {
  override state = { failed: null as string | null };
  static getDerivedStateFromError(error: unknown): { failed: string } {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
  override render(): ReactNode {
    if (this.state.failed === null) return this.props.children;
    return (
      <div role="alert">
        <Body1 as="p" block>
          The analysis could not be shown: {this.state.failed}
        </Body1>
        <Button
          onClick={() => {
            this.setState({ failed: null });
            this.props.onRetry();
          }}
        >
          Try again
        </Button>
      </div>
    );
  }
}
import type { ThemeName } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  readonly theme: ThemeName;
  readonly host: PaneHost;
  /** Rises when the workbook changed outside the pane (the preview's cell editor), to read it again. */
  readonly revision?: number;
}

/**
 * Reads the workbook through the host and shows the cockpit for it. `version` rises after anything that
 * changes the workbook (refresh, sample, table choice), which reads it again.
 */
function Live({ host, version, onChanged, flush }: { host: PaneHost; version: number; onChanged: () => void; flush: MutableRefObject<(() => void) | null> }) {
  // The data with the version it was read for: a reload shows "Reading" and then a fresh cockpit built
  // from what the workbook holds now (never the state from before the refresh).
  const [state, setState] = useState<{ version: number; data: PaneData | string } | null>(null);
  // A new lazy component on a retry: React keeps a failed import's rejection otherwise.
  const [Workbench, setWorkbench] = useState(loadWorkbench);
  // The tab open before a reload (a refresh) is the one shown after it.
  const tab = useRef<TabName>("ranking");
  useEffect(() => {
    let alive = true;
    // A move made while an action ran is saved before the workbook is read again (the queue keeps the order).
    flush.current?.();
    setState(null);
    host
      .load()
      .then((data) => alive && setState({ version, data }))
      .catch((error: unknown) => alive && setState({ version, data: `The workbook could not be read: ${error instanceof Error ? error.message : String(error)}` }));
    return () => {
      alive = false;
    };
  }, [host, version, flush]);
  const save = useCallback(
    (changes: PaneChanges) => {
      host.save(changes).catch(() => undefined);
    },
    [host],
  );
  const select = useCallback(
    (link: CellLink) => {
      host.select?.(link).catch(() => undefined);
    },
    [host],
  );
  const choose = useCallback(
    (settings: PaneChanges["settings"]) => {
      flush.current?.();
      host.save({ ...(settings ? { settings } : {}) }).then(onChanged, () => undefined);
    },
    [host, onChanged, flush],
  );
  if (state === null) return <Body1 as="p">Reading the workbook...</Body1>;
  if (typeof state.data === "string")
    return (
      <Body1 as="p" role="alert">
        {state.data}
      </Body1>
    );
  return (
    <LoadFailure onRetry={() => setWorkbench(loadWorkbench)}>
    <Suspense fallback={<Body1 as="p">Loading the analysis...</Body1>}>
      <Workbench
        key={state.version}
        data={state.data}
        onSave={save}
        flushRef={flush}
        initialTab={tab.current}
        onTab={(t) => (tab.current = t)}
        onOptionsTable={(optionsTable) => choose({ optionsTable })}
        onMethod={(method) => choose({ method })}
        {...(host.select ? { onSelect: select } : {})}
      />
    </Suspense>
    </LoadFailure>
  );
}

/** A button that runs an action and shows its one-sentence outcome (or failure) under it. */
function Action({ label, run, appearance = "primary" }: { label: string; run: () => Promise<string>; appearance?: "primary" | "secondary" }) {
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      setStatus(await run());
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button appearance={appearance} disabled={busy} onClick={() => void go()}>
        {label}
      </Button>
      {status ? (
        <Body1 as="p" role="status">
          {status}
        </Body1>
      ) : null}
    </div>
  );
}

/** What the install reported, in a sentence. */
export function shortNamesMessage(result: ShortNamesResult): string {
  if (!result.supported) return "This version of Excel has no LAMBDA, so the short names cannot work here; use the PIVOT.* functions.";
  const done = result.installed.length > 0 ? `Installed ${result.installed.join(", ")}: write =PIVOTSCORE(...) as well as =PIVOT.SCORE(...).` : "";
  const kept = result.skipped.length > 0 ? ` Left alone, because the workbook already uses these names: ${result.skipped.join(", ")}.` : "";
  return `${done}${kept}`.trim();
}

export function App({ theme, host, revision = 0 }: AppProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  // A weight moved a moment ago is saved before anything that reads the workbook again.
  const flush = useRef<(() => void) | null>(null);
  const after = (run: () => Promise<string>) => async () => {
    flush.current?.();
    const message = await run();
    changed();
    return message;
  };
  const { insertSample, installShortNames } = host;
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">PivotScore</Title2>
        <Body1 as="p">Scores and ranks strategic options against weighted criteria, and shows how the ranking holds up.</Body1>
        <div className={styles.actions} role="group" aria-label="Actions">
          <Action label="Refresh recommendation" run={after(() => host.refresh())} />
          {insertSample ? <Action label="Insert sample" appearance="secondary" run={after(() => insertSample())} /> : null}
          {installShortNames ? <Action label="Install short names (=PIVOTSCORE)" appearance="secondary" run={async () => shortNamesMessage(await installShortNames())} /> : null}
        </div>
        <Live host={host} version={version + revision} onChanged={changed} flush={flush} />
        {host.inOffice ? null : (
          <Caption1 as="p" className={styles.note}>
            This page is open outside Excel. Add PivotScore to Excel with its manifest to use it with a workbook.
          </Caption1>
        )}
      </main>
    </FluentProvider>
  );
}
