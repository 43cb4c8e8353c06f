/** The task pane's data as it loads from the bundled sample (or its messy variant) in memory. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { messyWorkbook, sampleWorkbook, type SampleProblem } from "../../src/preview/sample-workbook";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { loadPane, type PaneData } from "../../src/workbook/pane";

export const sample = JSON.parse(readFileSync(path.join(__dirname, "../../examples/pivot-analysis.json"), "utf8")) as SampleProblem;

export function sampleBook(variant: "clean" | "messy" = "clean"): MemoryWorkbook {
  return (variant === "messy" ? messyWorkbook : sampleWorkbook)(sample);
}

export async function samplePane(variant: "clean" | "messy" = "clean"): Promise<{ workbook: MemoryWorkbook; data: PaneData }> {
  const workbook = sampleBook(variant);
  return { workbook, data: await loadPane(workbook) };
}
