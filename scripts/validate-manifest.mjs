#!/usr/bin/env node
// Validates manifest.xml, and dist/manifest.xml when a build wrote one:
//   1. offline, against Microsoft's XSDs with the office-schemas validator (../shared/office-schemas, or
//      $OFFICE_SCHEMAS_DIR);
//   2. with `office-addin-manifest validate` when that package is installed. It asks a Microsoft web
//      service, so an unreachable service counts as skipped.
// Exits non-zero only when a validator reports the manifest invalid (or a manifest file is unreadable).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifests = ["manifest.xml", path.join("dist", "manifest.xml")].filter((file) => existsSync(path.join(root, file)));

const UNREACHABLE = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|FetchError/i;

function report(line) {
  process.stdout.write(`validate: ${line}\n`);
}

/** Returns true when the offline check found the manifests valid or could not run. */
function offlineSchemaCheck() {
  const schemasDir = process.env.OFFICE_SCHEMAS_DIR
    ? path.resolve(process.env.OFFICE_SCHEMAS_DIR)
    : path.resolve(root, "../shared/office-schemas");
  const validator = path.join(schemasDir, "validate");
  if (!existsSync(validator)) {
    report(`offline XSD check skipped: no validator at ${validator} (set OFFICE_SCHEMAS_DIR to the office-schemas folder).`);
    return true;
  }
  const run = spawnSync(validator, manifests, { cwd: root, stdio: "inherit" });
  if (run.error) throw run.error;
  // The validator's exit codes: 0 valid, 1 invalid, 2 usage or unreadable file, 3 environment (no xmllint).
  if (run.status === 3) {
    report("offline XSD check skipped: the validator could not run here (see its message above).");
    return true;
  }
  return run.status === 0;
}

/** Returns true when the service found the manifests valid, or when it could not be asked. */
function serviceCheck() {
  try {
    createRequire(path.join(root, "package.json")).resolve("office-addin-manifest/package.json");
  } catch {
    report("online check skipped: office-addin-manifest is not installed.");
    return true;
  }
  let valid = true;
  for (const manifest of manifests) {
    const run = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", manifest], { cwd: root, encoding: "utf8" });
    if (run.error) throw run.error;
    const output = `${run.stdout}${run.stderr}`;
    if (run.status === 0) {
      report(`online check passed: ${manifest}`);
    } else if (UNREACHABLE.test(output)) {
      report(`online check skipped for ${manifest}: Microsoft's validation service is unreachable.`);
    } else {
      process.stderr.write(output);
      report(`online check FAILED: ${manifest}`);
      valid = false;
    }
  }
  return valid;
}

const offline = offlineSchemaCheck();
const online = serviceCheck();
process.exitCode = offline && online ? 0 : 1;
