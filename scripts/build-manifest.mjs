#!/usr/bin/env node
// Writes dist/manifest.xml from manifest.xml for the URL the add-in is hosted at ($PIVOTSCORE_URL).
// Run after `webpack --mode production`.
// Usage: build-manifest.mjs [--require-url] [input.xml] [output.xml]
//   --require-url  fail instead of warning when PIVOTSCORE_URL is not set (for deployments)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_BASE_URL, HostingUrlError, normalizeHostingUrl, rewriteManifest } from "./manifest-url.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const requireUrl = args.includes("--require-url");
const [inputArg, outputArg] = args.filter((arg) => !arg.startsWith("--"));
const input = path.resolve(inputArg ?? path.join(root, "manifest.xml"));
const output = path.resolve(outputArg ?? path.join(root, "dist", "manifest.xml"));

function main() {
  if (!existsSync(path.dirname(output)) && outputArg === undefined) {
    process.stderr.write(`build-manifest: ${path.relative(process.cwd(), path.dirname(output))}/ does not exist; run \`webpack --mode production\` first.\n`);
    return 1;
  }
  const xml = readFileSync(input, "utf8");
  const raw = process.env.PIVOTSCORE_URL?.trim() ?? "";
  let result = xml;
  if (raw !== "") {
    const baseUrl = normalizeHostingUrl(raw);
    result = rewriteManifest(xml, baseUrl);
    process.stdout.write(`build-manifest: ${path.relative(process.cwd(), output)} points at ${baseUrl}\n`);
  } else if (requireUrl) {
    throw new HostingUrlError("PIVOTSCORE_URL is not set: set it to the https URL the add-in is hosted at, e.g. https://contoso.github.io/pivotscore");
  } else {
    process.stderr.write(
      `build-manifest: warning: PIVOTSCORE_URL is not set, so ${path.relative(process.cwd(), output)} keeps ${DEV_BASE_URL}.\n` +
        "  That manifest only works with the dev server. To host the add-in, set e.g. PIVOTSCORE_URL=https://contoso.github.io/pivotscore\n",
    );
  }
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, result);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof HostingUrlError)) throw error;
  process.stderr.write(`build-manifest: ${error.message}\n`);
  process.exitCode = 1;
}
