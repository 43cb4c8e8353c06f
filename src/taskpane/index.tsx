import type { SampleProblem } from "../workbook/sample";
import type { PaneHost } from "./host";
import { chooseTheme } from "./theme";

/** The pane's host inside Excel: every workbook action through Office.js, loaded when first used. */
function excelHost(): PaneHost {
  // Made once, so every action of the pane goes through one queue (workbookActions runs them in order).
  let made: Promise<ReturnType<typeof import("../workbook/pane").workbookActions>> | undefined;
  const actions = () =>
    (made ??= Promise.all([import(/* webpackChunkName: "refresh" */ "../excel/workbook"), import(/* webpackChunkName: "refresh" */ "../workbook/pane")]).then(([{ withExcelWorkbook }, { workbookActions }]) =>
      workbookActions(withExcelWorkbook, () => crypto.randomUUID()),
    )).catch((error: unknown) => {
      made = undefined;
      throw error;
    });
  return {
    inOffice: true,
    load: async () => (await actions()).load(),
    save: async (changes) => (await actions()).save(changes),
    refresh: async () => (await actions()).refresh(),
    select: async (link) => {
      const { selectInExcel } = await import(/* webpackChunkName: "refresh" */ "../excel/select");
      await selectInExcel(link.sheet, link.cell);
    },
    insertSample: async () => {
      const [{ insertSampleInExcel }, { sampleTables }, sample] = await Promise.all([
        import(/* webpackChunkName: "sample" */ "../excel/insert-sample"),
        import(/* webpackChunkName: "sample" */ "../workbook/sample"),
        import(/* webpackChunkName: "sample" */ "../../examples/pivot-analysis.json"),
      ]);
      const made = await insertSampleInExcel(sampleTables(sample.default as SampleProblem));
      return `Added the sample on the sheets ${made.sheets.join(", ")}; press Refresh recommendation to analyse it.`;
    },
    installShortNames: async () => {
      const { installShortNamesInExcel } = await import(/* webpackChunkName: "short-names" */ "../excel/short-names");
      return installShortNamesInExcel();
    },
  };
}

/** Outside Office (the page opened in a browser tab): nothing to read, and it says so. */
const noWorkbook: PaneHost = {
  inOffice: false,
  load: () => Promise.reject(new Error("there is no workbook here: open PivotScore from Excel, or run `npm start` and open /preview.html for the sample")),
  save: () => Promise.resolve(),
  refresh: () => Promise.resolve("There is no workbook to refresh outside Excel."),
};

async function start(container: HTMLElement): Promise<void> {
  const host = typeof Office === "undefined" ? null : (await Office.onReady()).host;
  const inOffice = host !== null;
  const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  // React and Fluent UI load only now, after the custom functions and ribbon commands have registered.
  const { mount } = await import(/* webpackChunkName: "taskpane-ui" */ "./mount");
  const paneHost = inOffice ? excelHost() : noWorkbook;
  // Some clients (Excel on the web) leave officeTheme undefined despite its declared type.
  const officeTheme = (): Office.OfficeTheme | undefined => (inOffice ? (Office.context.officeTheme as Office.OfficeTheme | undefined) : undefined);
  const render = () => mount(container, { theme: chooseTheme(officeTheme(), prefersDark), host: paneHost });
  render();
  // Follow Office when the analyst switches its theme while the pane is open (where the client says so).
  if (inOffice && Office.context.document?.addHandlerAsync && Office.EventType?.OfficeThemeChanged) {
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, render, () => undefined);
  }
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    container.textContent = `PivotScore could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
}
