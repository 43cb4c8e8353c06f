#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm install`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("pivotscore: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the project folder first.\n");
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
