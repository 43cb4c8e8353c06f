import { readFile } from "node:fs/promises";
import * as path from "node:path";

/** The bundled sample problem, next to the compiled CLI (lib/cli) or the sources (src/cli). */
export const SAMPLE_PROBLEM = path.resolve(__dirname, "../../examples/pivot-analysis.json");
/** The same sample as a workbook: its Opportunities, Criteria and Scenarios tables. */
export const SAMPLE_WORKBOOK = path.resolve(__dirname, "../../examples/pivot-analysis.xlsx");

/** Reads JSON from a file, or from stdin when the path is "-". */
export async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = file === "-" ? await readStdin() : await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `${file === "-" ? "stdin" : file} is not valid JSON: ${(error as Error).message}` };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
