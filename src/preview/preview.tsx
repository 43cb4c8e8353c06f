/**
 * `npm start` preview (developer tooling, not part of the add-in): the task pane against an in-memory
 * workbook holding the bundled sample, beside a plain grid of its sheets, so the product can be seen
 * working in a browser without Excel. The report sheet appears in the grid after a refresh.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import sample from "../../examples/pivot-analysis.json";
import { App } from "../taskpane/App";
import { loadProblem, refresh, refreshSummary } from "../workbook/refresh";
import { Grid } from "./Grid";
import { sampleWorkbook, type SampleProblem } from "./sample-workbook";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "360px 1fr", gap: tokens.spacingHorizontalL, minHeight: "100vh" },
  pane: { borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  sheets: { padding: tokens.spacingHorizontalL, overflow: "hidden" },
});

function Preview() {
  const styles = useStyles();
  const [workbook] = useState(() => sampleWorkbook(sample as SampleProblem));
  const [version, setVersion] = useState(0);
  const [load] = useState(() => async () => (await loadProblem(workbook)).problem ?? "The sample has no options table.");
  const onRefresh = async () => {
    const result = await refresh(workbook, { now: new Date(), newToken: () => crypto.randomUUID() });
    setVersion((v) => v + 1);
    return refreshSummary(result);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <App theme="light" inOffice={false} onRefresh={onRefresh} loadProblem={load} />
        </div>
        <div className={styles.sheets}>
          <Grid key={version} sheets={workbook.sheets} />
        </div>
      </div>
    </FluentProvider>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
}
