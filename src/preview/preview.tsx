/**
 * `npm start` preview (developer tooling, not part of the add-in): the task pane against an in-memory
 * workbook holding the bundled sample, beside a plain grid of its sheets, so the product can be seen
 * working in a browser without Excel. The report sheet appears in the grid after a refresh; clicking an
 * input issue selects its cell in the grid. `?workbook=messy` opens the sample with a few cells an
 * analyst might leave unfinished, to show the issues list.
 */
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import sample from "../../examples/pivot-analysis.json";
import { App } from "../taskpane/App";
import type { CellLink, PaneHost } from "../taskpane/host";
import { chooseTheme } from "../taskpane/theme";
import { parseRange } from "../workbook/a1";
import { workbookActions } from "../workbook/pane";
import type { CellValue } from "../workbook/port";
import { Grid } from "./Grid";
import { messyWorkbook, sampleWorkbook, type SampleProblem } from "./sample-workbook";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "360px 1fr", gap: tokens.spacingHorizontalL, minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  pane: { borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  sheets: { padding: tokens.spacingHorizontalL, overflow: "hidden" },
});

function Preview({ messy, dark }: { messy: boolean; dark: boolean }) {
  const styles = useStyles();
  const [workbook] = useState(() => (messy ? messyWorkbook : sampleWorkbook)(sample as SampleProblem));
  // Bumped after every write, so the grid re-renders the sheets it shows (the workbook changes in place).
  const [, setVersion] = useState(0);
  const [selection, setSelection] = useState<CellLink | undefined>(undefined);
  const host = useMemo<PaneHost>(() => {
    const actions = workbookActions((use) => use(workbook), () => crypto.randomUUID());
    return {
      inOffice: false,
      load: actions.load,
      save: async (changes) => {
        await actions.save(changes);
        setVersion((v) => v + 1);
      },
      refresh: async () => {
        const message = await actions.refresh();
        setVersion((v) => v + 1);
        return message;
      },
      select: (link) => {
        setSelection(link);
        return Promise.resolve();
      },
    };
  }, [workbook]);
  const theme = dark ? "dark" : "light";
  // A cell typed into the grid changes the workbook; the pane then reads it again, as after an edit in Excel.
  const [revision, setRevision] = useState(0);
  const edit = (sheet: string, cell: string, value: string): string => {
    const position = parseRange(cell)?.from;
    const target = workbook.sheet(sheet);
    if (!position || !target || cell.includes(":")) return "Name one cell, such as C5.";
    while (target.cells.length <= position.row) target.cells.push([]);
    const row = target.cells[position.row] as CellValue[];
    while (row.length < position.column) row.push(null);
    const number = value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : null;
    row[position.column] = value === "" ? null : (number ?? value);
    setVersion((v) => v + 1);
    setRevision((r) => r + 1);
    return "";
  };
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <App theme={theme} host={host} revision={revision} />
        </div>
        <div className={styles.sheets}>
          <Grid sheets={workbook.sheets} onEdit={edit} {...(selection ? { selection } : {})} />
        </div>
      </div>
    </FluentProvider>
  );
}

const root = document.getElementById("root");
if (root) {
  const params = new URLSearchParams(window.location.search);
  const dark = chooseTheme(params.has("theme") ? { isDarkTheme: params.get("theme") === "dark" } : undefined, window.matchMedia("(prefers-color-scheme: dark)").matches) === "dark";
  createRoot(root).render(
    <StrictMode>
      <Preview messy={params.get("workbook") === "messy"} dark={dark} />
    </StrictMode>,
  );
}
