import { Body1, Button, Caption1, FluentProvider, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Problem } from "../core/index";
import type { ShortNamesResult } from "../excel/short-names";
// The live weights bring the engine (and zod) with them: loaded after the first screen.
const Workbench = lazy(() => import(/* webpackChunkName: "workbench" */ "./Workbench").then((m) => ({ default: m.Workbench })));
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
});

export interface AppProps {
  readonly theme: ThemeName;
  /** True when the page runs inside an Office application rather than a plain browser tab. */
  readonly inOffice: boolean;
  /** Installs the =PIVOTSCORE-style LAMBDA names in the workbook; absent outside Excel. */
  readonly onInstallShortNames?: () => Promise<ShortNamesResult>;
  /** Runs the refresh (the ribbon's "Refresh recommendation") and says what happened, in a sentence. */
  readonly onRefresh?: () => Promise<string>;
  /** Adds the bundled sample's tables on new sheets and says where. */
  readonly onInsertSample?: () => Promise<string>;
  /** Reads the workbook's tables as a decision problem (or says why not), for the live weights. */
  readonly loadProblem?: () => Promise<Problem | string>;
}

/** Loads the workbook's problem once and shows the weights and ranking for it, or why there are none. */
function Live({ load }: { load: () => Promise<Problem | string> }) {
  const [state, setState] = useState<Problem | string | null>(null);
  useEffect(() => {
    let alive = true;
    load()
      .then((p) => alive && setState(p))
      .catch((error: unknown) => alive && setState(`The workbook could not be read: ${error instanceof Error ? error.message : String(error)}`));
    return () => {
      alive = false;
    };
  }, [load]);
  if (state === null) return <Body1 as="p">Reading the workbook...</Body1>;
  if (typeof state === "string") return <Body1 as="p">{state}</Body1>;
  return (
    <Suspense fallback={<Body1 as="p">Loading the weights...</Body1>}>
      <Workbench problem={state} />
    </Suspense>
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

export function App({ theme, inOffice, onInstallShortNames, onRefresh, onInsertSample, loadProblem }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">PivotScore</Title2>
        <Body1 as="p">
          PivotScore scores and ranks strategic options against weighted criteria, and shows how the ranking holds up
          across scenarios.
        </Body1>
        <Body1 as="p">
          Move a weight to see the ranking change. Refresh recommendation writes the full report (sensitivity, Monte Carlo,
          scenarios) to a sheet; the =PIVOT.* functions bring the engine into cells.
        </Body1>
        {loadProblem ? <Live load={loadProblem} /> : null}
        {onRefresh ? <Action label="Refresh recommendation" run={onRefresh} /> : null}
        {onInsertSample ? <Action label="Insert sample" run={onInsertSample} /> : null}
        {onInstallShortNames ? <Action label="Install short names (=PIVOTSCORE)" appearance="secondary" run={async () => shortNamesMessage(await onInstallShortNames())} /> : null}
        {inOffice ? null : (
          <Caption1 as="p" className={styles.note}>
            This page is open outside Excel. Add PivotScore to Excel with its manifest to use it with a workbook.
          </Caption1>
        )}
      </main>
    </FluentProvider>
  );
}
