/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). They run in the shared runtime, on the same
 * page as the task pane and the custom functions.
 */

/**
 * "Refresh recommendation" on the Home tab. The refresh pipeline (read the workbook, score, write the
 * recommendation back) arrives with the workbook integration; until then the button changes nothing and
 * only reports completion, which Office requires before it accepts the next click.
 */
export function refreshRecommendation(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== "undefined") {
  Office.actions.associate("refreshRecommendation", refreshRecommendation);
}
