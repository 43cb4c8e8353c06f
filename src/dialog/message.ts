/**
 * The page of the message dialog the ribbon command opens (src/commands/notify.ts): shows the title and
 * message from its query string as text, and closes by telling the add-in.
 */
const params = new URLSearchParams(window.location.search);
const title = document.getElementById("title");
const message = document.getElementById("message");
if (title) title.textContent = params.get("title") ?? "PivotScore";
if (message) message.textContent = params.get("message") ?? "";
document.getElementById("close")?.addEventListener("click", () => {
  if (typeof Office !== "undefined") Office.onReady(() => Office.context.ui.messageParent("close"));
});
