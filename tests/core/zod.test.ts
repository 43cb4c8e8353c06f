/**
 * zod runs jitless in the engine (src/core/zod.ts), so the add-in's pages never see its `new Function`
 * probe, which their Content-Security-Policy reports. The setting must come before the first schema:
 * every engine file that imports zod imports ./zod first.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { config } from "zod";
import { ProblemSchema } from "../../src/core/index";

const CORE = path.join(__dirname, "../../src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("zod in the engine", () => {
  it("is configured before any engine module builds a schema", () => {
    const late = files(CORE)
      .filter((file) => !file.endsWith(`${path.sep}zod.ts`))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        const zod = text.search(/^import .* from "zod";$/m);
        if (zod < 0) return false;
        const setting = text.search(/^import "\.{1,2}\/(?:\.\.\/)*zod";$/m);
        return setting < 0 || setting > zod;
      })
      .map((file) => path.relative(CORE, file));
    expect(late).toEqual([]);
  });

  it("is jitless once the engine is loaded, and still parses", () => {
    expect(config().jitless).toBe(true);
    expect(ProblemSchema.safeParse({ table: { header: ["Option", "A"], rows: [["x", 1]] } }).success).toBe(true);
  });
});
