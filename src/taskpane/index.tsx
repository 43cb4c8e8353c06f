import type { SampleProblem } from "../workbook/sample";
import { chooseTheme } from "./theme";

async function start(container: HTMLElement): Promise<void> {
  const host = typeof Office === "undefined" ? null : (await Office.onReady()).host;
  const inOffice = host !== null;
  // Some clients (Excel on the web) leave officeTheme undefined despite its declared type.
  const officeTheme: Office.OfficeTheme | undefined = inOffice ? Office.context.officeTheme : undefined;
  const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  // React and Fluent UI load only now, after the custom functions and ribbon commands have registered.
  const { mount } = await import(/* webpackChunkName: "taskpane-ui" */ "./mount");
  const onInstallShortNames = inOffice
    ? async () => {
        const { installShortNames } = await import(/* webpackChunkName: "short-names" */ "../excel/short-names");
        return Excel.run((context) => installShortNames(context));
      }
    : undefined;
  const onRefresh = inOffice
    ? async () => {
        const [{ OfficeWorkbook }, { refresh, refreshSummary }] = await Promise.all([import(/* webpackChunkName: "refresh" */ "../excel/workbook"), import(/* webpackChunkName: "refresh" */ "../workbook/refresh")]);
        return refreshSummary(await Excel.run((context) => refresh(new OfficeWorkbook(context), { now: new Date(), newToken: () => crypto.randomUUID() })));
      }
    : undefined;
  const onInsertSample = inOffice
    ? async () => {
        const [{ insertSample }, { sampleTables }, sample] = await Promise.all([
          import(/* webpackChunkName: "sample" */ "../excel/insert-sample"),
          import(/* webpackChunkName: "sample" */ "../workbook/sample"),
          import(/* webpackChunkName: "sample" */ "../../examples/pivot-analysis.json"),
        ]);
        const made = await Excel.run((context) => insertSample(context, sampleTables(sample.default as SampleProblem)));
        return `Added the sample on the sheets ${made.sheets.join(", ")}; press Refresh recommendation to analyse it.`;
      }
    : undefined;
  const loadProblemFromExcel = inOffice
    ? async () => {
        const [{ OfficeWorkbook }, { loadProblem }] = await Promise.all([import(/* webpackChunkName: "refresh" */ "../excel/workbook"), import(/* webpackChunkName: "refresh" */ "../workbook/refresh")]);
        const assembled = await Excel.run((context) => loadProblem(new OfficeWorkbook(context)));
        return assembled.problem ?? assembled.notes.map((n) => n.message).join(" ");
      }
    : undefined;
  mount(container, {
    theme: chooseTheme(officeTheme, prefersDark),
    inOffice,
    ...(onInstallShortNames ? { onInstallShortNames } : {}),
    ...(onRefresh ? { onRefresh } : {}),
    ...(onInsertSample ? { onInsertSample } : {}),
    ...(loadProblemFromExcel ? { loadProblem: loadProblemFromExcel } : {}),
  });
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    container.textContent = `PivotScore could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
}
