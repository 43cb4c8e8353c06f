#!/usr/bin/env node
// Bundle-size gate, run at the end of `npm run build`: prints the gzip -9 size of every .js in dist/ and
// fails (exit 1) when the task pane's initial load exceeds the budget.
//
// The initial load is what every opening of the task pane downloads before the first screen:
//   - the scripts dist/taskpane.html references (read from its <script src> tags; Office.js comes from
//     Microsoft's CDN and is not ours to count), and
//   - STARTUP_CHUNKS below: lazy chunks that are nevertheless imported unconditionally at start-up.
// Every other chunk (workbench, refresh, sample, short-names, notify, ...) loads on demand and is only
// reported.
//
// Usage: bundle-size.mjs [dist-dir] [--budget-kib=N]
//   dist-dir        defaults to dist/ beside this script's folder
//   --budget-kib=N  overrides BUDGET_BYTES (for the script's own tests; the build does not pass it)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

/**
 * Chunks loaded on every start although webpack emits them as lazy chunks. src/taskpane/index.tsx imports
 * "taskpane-ui" (React and Fluent UI) right after Office.onReady, on every open, so it is part of the
 * initial load. Keep this list in step with the unconditional import()s of src/taskpane/index.tsx: a
 * listed chunk missing from dist/ fails the gate, so renaming a chunk cannot silently leave it uncounted.
 */
export const STARTUP_CHUNKS = ["taskpane-ui.js"];

/**
 * The budget for the initial load, gzip -9: 150 KiB (issue 6). It measured 106 KiB once the custom
 * functions loaded their engine on the first call (pivot.js) instead of at start-up: taskpane-ui.js
 * (React and Fluent UI) is most of it.
 */
export const BUDGET_BYTES = 150 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Size of the bytes after gzip at level 9 (what a server compressing with gzip -9 sends). */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
}

/** The local scripts an HTML page loads, in order: external URLs (http:, https:, //host) left out. */
export function localScripts(html) {
  const scripts = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[0]);
    const url = src ? (src[1] ?? src[2] ?? src[3] ?? "") : "";
    if (url === "" || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
    scripts.push(url.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
  }
  return scripts;
}

/**
 * Measures dist/: every .js with its raw and gzip size, which of them are initial, their total and the
 * errors that fail the gate (a missing taskpane.html, script or start-up chunk; a total over budget).
 */
export function measure(distDir, budgetBytes = BUDGET_BYTES) {
  const errors = [];
  const htmlFile = path.join(distDir, "taskpane.html");
  const html = existsSync(htmlFile) ? readFileSync(htmlFile, "utf8") : null;
  if (html === null) errors.push(`${htmlFile} is missing: build the add-in first (webpack --mode production).`);
  const fromHtml = html === null ? [] : localScripts(html);
  const initial = [...new Set([...fromHtml, ...STARTUP_CHUNKS])];
  for (const name of fromHtml) {
    if (!existsSync(path.join(distDir, name))) errors.push(`taskpane.html loads ${name}, which is not in ${distDir}.`);
  }
  for (const name of STARTUP_CHUNKS) {
    if (!existsSync(path.join(distDir, name))) {
      errors.push(`The start-up chunk ${name} is not in ${distDir}: if it was renamed, update STARTUP_CHUNKS in scripts/bundle-size.mjs.`);
    }
  }
  const files = existsSync(distDir)
    ? readdirSync(distDir)
        .filter((name) => name.endsWith(".js"))
        .sort()
        .map((name) => {
          const bytes = readFileSync(path.join(distDir, name));
          return { name, bytes: bytes.length, gzip: gzipSize(bytes), initial: initial.includes(name) };
        })
    : [];
  const initialGzip = files.filter((f) => f.initial).reduce((total, f) => total + f.gzip, 0);
  if (initialGzip > budgetBytes) {
    errors.push(`The task pane's initial load is ${kib(initialGzip)} gzip, over the budget of ${kib(budgetBytes)}.`);
  }
  return { files, initial, initialGzip, budgetBytes, errors };
}

export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The measurement as a small table and a summary line. */
export function report({ files, initialGzip, budgetBytes }) {
  const rows = [["file", "bytes", "gzip -9", "initial"], ...files.map((f) => [f.name, kib(f.bytes), kib(f.gzip), f.initial ? "yes" : ""])];
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  const line = (r) => r.map((cell, j) => (j === 0 || j === 3 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ").trimEnd();
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line), "", `initial load (taskpane.html + start-up chunks): ${kib(initialGzip)} gzip (${initialGzip} bytes), budget ${kib(budgetBytes)} (${budgetBytes} bytes)`].join("\n");
}

function main(args) {
  const budgetArg = args.find((a) => a.startsWith("--budget-kib="));
  const budget = budgetArg ? Number(budgetArg.slice("--budget-kib=".length)) * 1024 : BUDGET_BYTES;
  if (!Number.isFinite(budget) || budget <= 0) {
    process.stderr.write(`bundle-size: bad ${budgetArg}\n`);
    return 2;
  }
  const distDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(root, "dist"));
  const result = measure(distDir, budget);
  process.stdout.write(`bundle-size: ${path.relative(process.cwd(), distDir) || "."}\n${report(result)}\n`);
  for (const error of result.errors) process.stderr.write(`bundle-size: FAILED: ${error}\n`);
  return result.errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
