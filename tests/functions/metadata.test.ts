/**
 * functions.json, as custom-functions-metadata-plugin generates it from the JSDoc in
 * src/functions/functions.ts, checked for what Excel needs; and the built dist/functions.json (when a
 * build has run, as .ci/run does before running this file again) checked to be that same metadata.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
  options?: { volatile?: boolean; stream?: boolean };
}

const source = path.join(__dirname, "../../src/functions/functions.ts");
const FUNCTIONS = ["SCORE", "RANK", "RECOMMEND", "CONTRIB", "SENSITIVITY", "SIMULATE", "WEIGHTS", "PARSE"];
// Excel: ids and names start with a letter and hold letters, digits, periods and underscores; 128 characters at most.
const VALID = /^[A-Za-z][A-Za-z0-9._]{0,127}$/;

let generated: { functions: FunctionMetadata[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] };
}, 60_000);

describe("functions.json", () => {
  it("lists every function once, under valid ids and names", () => {
    expect(generated.functions.map((f) => f.id)).toEqual(FUNCTIONS);
    for (const f of generated.functions) {
      expect(f.id).toMatch(VALID);
      expect(f.name).toMatch(VALID);
    }
  });

  it("describes every function and parameter", () => {
    for (const f of generated.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect({ function: f.id, parameter: p.name, described: (p.description ?? "").length > 10 }).toMatchObject({ described: true });
    }
  });

  it("takes the options table as a range first, spills tables, and marks nothing volatile", () => {
    for (const f of generated.functions.filter((x) => x.id !== "PARSE")) {
      expect(f.parameters[0]?.dimensionality).toBe("matrix");
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.parameters.slice(1).every((p) => p.optional)).toBe(true);
    }
    expect(generated.functions.every((f) => !f.options?.volatile && !f.options?.stream)).toBe(true);
  });

  const built = path.join(__dirname, "../../dist/functions.json");
  (existsSync(built) ? it : it.skip)("is what the build shipped in dist/", () => {
    expect(JSON.parse(readFileSync(built, "utf8"))).toEqual(generated);
  });
});
