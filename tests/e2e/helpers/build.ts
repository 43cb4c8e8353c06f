/**
 * The `npm start` preview (src/preview), built for the browser tests: the project's own webpack.config.js
 * in development mode (the preview entry exists only there), through webpack's Node API in a child process,
 * into a temporary directory. One change: ts-loader only transpiles (`transpileOnly`), since `npm run lint`
 * type-checks; that takes the build from about 25 s to about 8 s on two busy cores.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** Run with `node -e` in the project root; argv[1] is the output folder. */
const BUILD_SCRIPT = `
const webpack = require("webpack");
const makeConfig = require("./webpack.config.js");
(async () => {
  const config = await makeConfig({}, { mode: "development" });
  config.output.path = process.argv[1];
  for (const rule of config.module.rules) {
    if (rule.use && rule.use.loader === "ts-loader") rule.use.options = { ...rule.use.options, transpileOnly: true };
  }
  webpack(config, (error, stats) => {
    if (error || stats.hasErrors()) {
      console.error(error ? error.stack : stats.toString("errors-only"));
      process.exit(1);
    }
    stats.compilation.compiler.close(() => undefined);
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

export interface PreviewBuild {
  /** The folder holding preview.html and its scripts. */
  readonly dir: string;
  /** How long the build took, in milliseconds. */
  readonly ms: number;
  /** Deletes the folder. */
  remove(): Promise<void>;
}

export async function buildPreview(): Promise<PreviewBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pivotscore-e2e-"));
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", BUILD_SCRIPT, dir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  const remove = () => rm(dir, { recursive: true, force: true });
  if (code !== 0) {
    await remove();
    throw new Error(`webpack (development, preview) failed with exit code ${code}:\n${output.join("").slice(-4000)}`);
  }
  return { dir, ms: Date.now() - started, remove };
}
