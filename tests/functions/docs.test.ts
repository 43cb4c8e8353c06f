/**
 * Every example in docs/functions.md, evaluated in a formula engine over the bundled sample: the result
 * column lists the spilled cells row by row, numbers rounded as printed.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DetailedCellError } from "hyperformula";
import { workbook } from "../helpers/hyperformula-pivot";
import { sampleSheets } from "../helpers/sample-sheets";

const doc = readFileSync(path.join(__dirname, "../../docs/functions.md"), "utf8");
const examples = doc
  .slice(doc.indexOf("## Examples"))
  .split("\n")
  .flatMap((line) => {
    const match = /^\| `(=PIVOT\.[^`]+)`[^|]*\| (.*) \|$/.exec(line);
    return match ? [{ formula: match[1] as string, result: match[2] as string }] : [];
  });

/** Sheets the examples name besides the sample's tables. */
const extra = { Pairwise: [[1, 3, 5], ["1/3", 1, 2], ["1/5", "1/2", 1]], Order: [["Market Size"], ["Our Fit"], ["Venture Scale"]] };

function matches(actual: unknown, token: string): boolean {
  if (actual instanceof DetailedCellError) return actual.value === token;
  if (token === "TRUE" || token === "FALSE") return actual === (token === "TRUE");
  if (token !== "" && /^-?\d+(\.\d+)?$/.test(token)) {
    const decimals = token.split(".")[1]?.length ?? 0;
    return typeof actual === "number" && Math.abs(actual - Number(token)) <= 0.5 * 10 ** -decimals + 1e-12;
  }
  return (actual === null || actual === undefined ? "" : String(actual)) === token;
}

describe("docs/functions.md", () => {
  it("has an example for every function", () => {
    for (const name of ["SCORE", "RANK", "RECOMMEND", "CONTRIB", "SENSITIVITY", "SIMULATE", "WEIGHTS", "PARSE"]) expect(examples.some((e) => e.formula.startsWith(`=PIVOT.${name}(`))).toBe(true);
  });

  it("lists every parameter of every function, by the name Excel shows", async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const metadata = JSON.parse((await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"))).metadataJson) as { functions: { name: string; parameters: { name: string; optional?: boolean }[] }[] };
    for (const f of metadata.functions) {
      const signature = `PIVOT.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      expect(doc).toContain(signature);
    }
  }, 60_000);

  it.each(examples.map((e) => [e.formula, e.result]))("%s gives %s", (formula, result) => {
    const hf = workbook({ ...sampleSheets(), ...extra, Calc: [[formula]] });
    const values = hf.getSheetValues(hf.getSheetId("Calc") ?? 0).flat();
    const tokens = result.split(";").map((t) => t.trim());
    const expected = tokens[tokens.length - 1] === "…" ? tokens.slice(0, -1) : tokens;
    if (tokens[tokens.length - 1] !== "…") expect(values.filter((v) => v !== null && v !== "").length).toBeLessThanOrEqual(expected.length);
    expected.forEach((token, k) => {
      if (!matches(values[k], token)) throw new Error(`cell ${k + 1} of ${formula}: expected ${JSON.stringify(token)}, got ${JSON.stringify(values[k] instanceof DetailedCellError ? values[k].value : values[k])}`);
    });
  });
});
