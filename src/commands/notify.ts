/**
 * Shows a message to the analyst from a ribbon command, when the task pane may be closed: an Office dialog
 * (dialog.html) opened through @microsoft/office-js-helpers' Dialog, the one job that library has here.
 * It is imported only when a message is shown, so it stays out of the initial bundle (ARCHITECTURE.md,
 * Decisions, records why and what it costs).
 */
export async function showMessage(title: string, message: string): Promise<void> {
  const { Dialog } = await import(/* webpackChunkName: "office-js-helpers" */ "@microsoft/office-js-helpers");
  const url = new URL("dialog.html", window.location.href);
  url.searchParams.set("title", title);
  // A dialog's URL has a length limit; the report sheet holds the full notes.
  url.searchParams.set("message", message.length > 1500 ? `${message.slice(0, 1500)}...` : message);
  try {
    await new Dialog<string>(url.toString(), 420, 300).result;
  } catch (error) {
    // Closing the dialog with its X rejects with Office's code 12006: that is the analyst's answer.
    // Anything else (a dialog already open, a blocked pop-up) must not vanish.
    if (!/12006|closed/i.test(String((error as { message?: unknown; code?: unknown })?.message ?? error))) throw error;
  }
}
