/** The README's first command prints what the README shows (every line it quotes, in order). */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";

const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");

it("npx pivotscore report prints the lines the README quotes", async () => {
  const block = /prints, abridged:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const quoted = block.split("\n").filter((line) => line.trim() !== "" && line.trim() !== "...");
  expect(quoted.length).toBeGreaterThan(8);
  let out = "";
  const code = await main(["report"], { out: (t) => (out += `${t}\n`), err: () => undefined });
  expect(code).toBe(0);
  const lines = out.split("\n");
  let at = 0;
  for (const line of quoted) {
    const found = lines.indexOf(line, at);
    if (found < 0) throw new Error(`the README quotes a line the report does not print:\n${line}`);
    at = found + 1;
  }
}, 60_000);
