/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). They run in the shared runtime, on the same
 * page as the task pane and the custom functions, so they work with the task pane closed.
 */
import type { RefreshResult } from "../workbook/refresh";

/** How the command reaches Excel and the analyst; replaced in tests. */
export interface CommandHost {
  refresh(): Promise<RefreshResult>;
  showMessage(title: string, message: string): Promise<void>;
}

const officeHost: CommandHost = {
  async refresh() {
    const [{ withExcelWorkbook }, { refresh }] = await Promise.all([import(/* webpackChunkName: "refresh" */ "../excel/workbook"), import(/* webpackChunkName: "refresh" */ "../workbook/refresh")]);
    return withExcelWorkbook((workbook) => refresh(workbook, { now: new Date(), newToken: () => crypto.randomUUID() }));
  },
  async showMessage(title, message) {
    const { showMessage } = await import(/* webpackChunkName: "notify" */ "./notify");
    return showMessage(title, message);
  },
};

/** What to tell the analyst after a refresh: nothing when the report says it all, else why it failed. */
export function refreshMessage(result: RefreshResult): string | null {
  if (result.ok && !result.renamedFrom) return null;
  const lines = result.ok ? [] : ["PivotScore could not rank the options. The report sheet lists why:"];
  if (result.renamedFrom) lines.push(`The report went to "${result.reportSheet}" because "${result.renamedFrom}" is not a PivotScore report.`);
  if (!result.ok) lines.push(...result.notes.slice(0, 5).map((n) => `- ${n.message}`));
  return lines.join("\n");
}

/**
 * "Refresh recommendation" on the Home tab: the same refresh as the task pane and the CLI. Errors reach
 * the analyst in a dialog (and the report sheet), never swallowed; the event always completes, which
 * Office requires before it accepts the next click.
 */
export async function refreshRecommendation(event: Office.AddinCommands.Event, host: CommandHost = officeHost): Promise<void> {
  try {
    const message = refreshMessage(await host.refresh());
    if (message) await host.showMessage("PivotScore", message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await host.showMessage("PivotScore could not refresh", `Excel refused a step of the refresh: ${text}`).catch((shown: unknown) => {
      // No dialog could open either: the console is the last place left to say it.
      console.error(`PivotScore could not refresh: ${text}`, shown);
    });
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.actions.associate("refreshRecommendation", (event: Office.AddinCommands.Event) => void refreshRecommendation(event));
}
