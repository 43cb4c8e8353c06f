/** Shows the analyst a cell: activates its sheet and selects it (an input issue's cell, from the task pane). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}

// Excel.run opens one request context for the batch and syncs it when the callback settles
// (https://learn.microsoft.com/en-us/javascript/api/excel/excel.requestcontext): the pane and the ribbon
// call these and never Excel.run themselves.
export function selectInExcel(sheet: string, cell: string): Promise<void> {
  return Excel.run((context) => selectCell(context, sheet, cell));
}
