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
  mount(container, { theme: chooseTheme(officeTheme, prefersDark), inOffice, ...(onInstallShortNames ? { onInstallShortNames } : {}) });
}

const container = document.getElementById("root");
if (container) {
  start(container).catch((error: unknown) => {
    container.textContent = `PivotScore could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
}
