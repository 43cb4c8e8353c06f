/**
 * scripts/bundle-size.mjs (the gate at the end of `npm run build`) on small fake dist/ folders: what counts
 * as the task pane's initial load, and when the gate fails. Random bytes do not compress, so a file's
 * gzip size is about its length.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const script = path.resolve(__dirname, "../../scripts/bundle-size.mjs");
const KIB = 1024;
const HTML = [
  "<!doctype html><html><head>",
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
  "<script defer src=runtime.js></script>",
  '<script defer src="functions.js"></script>',
  "</head><body></body></html>",
].join("");

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), "pivotscore-size-"));
});
afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

/** A fake dist: taskpane.html plus .js files of the given sizes (in KiB); null leaves the file out. */
function fakeDist(files: Record<string, number | null>, html = HTML): void {
  writeFileSync(path.join(dist, "taskpane.html"), html);
  for (const [name, size] of Object.entries(files)) if (size !== null) writeFileSync(path.join(dist, name), randomBytes(Math.round(size * KIB)));
}

function gate(budgetKib = 10) {
  const run = spawnSync(process.execPath, [script, dist, `--budget-kib=${budgetKib}`], { encoding: "utf8" });
  const total = /initial load .*?: ([\d.]+) KiB gzip/.exec(run.stdout)?.[1];
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, initialKib: total === undefined ? NaN : Number(total) };
}

describe("scripts/bundle-size.mjs", () => {
  it("passes below the budget, counting the page's scripts and the start-up chunk but not the CDN or lazy chunks", () => {
    fakeDist({ "runtime.js": 1, "functions.js": 3, "taskpane-ui.js": 4, "workbench.js": 40 });
    const { status, stdout, initialKib } = gate();
    expect(status).toBe(0);
    expect(initialKib).toBeGreaterThan(8);
    expect(initialKib).toBeLessThan(8.5);
    for (const name of ["runtime.js", "functions.js", "taskpane-ui.js", "workbench.js"]) expect(stdout).toContain(name);
    expect(stdout).toMatch(/workbench\.js +40\.0 KiB +40\.\d KiB\s*\n/);
    expect(stdout).toMatch(/taskpane-ui\.js +4\.0 KiB +4\.\d KiB +yes/);
    expect(stdout).not.toContain("office.js");
  });

  it("fails above the budget and says by how much", () => {
    fakeDist({ "runtime.js": 1, "functions.js": 3, "taskpane-ui.js": 7, "workbench.js": 1 });
    const { status, stderr, initialKib } = gate();
    expect(status).toBe(1);
    expect(initialKib).toBeGreaterThan(10);
    expect(stderr).toMatch(/initial load is 11\.\d KiB gzip, over the budget of 10\.0 KiB/);
  });

  it("fails when a start-up chunk is missing, so renaming it cannot bypass the gate", () => {
    fakeDist({ "runtime.js": 1, "functions.js": 1, "taskpane-ui.js": null, "ui-renamed.js": 30 });
    const { status, stderr } = gate();
    expect(status).toBe(1);
    expect(stderr).toContain("start-up chunk taskpane-ui.js is not in");
    expect(stderr).toContain("STARTUP_CHUNKS");
  });

  it("fails when taskpane.html loads a script that is not there, or when there is no taskpane.html", () => {
    fakeDist({ "runtime.js": 1, "functions.js": null, "taskpane-ui.js": 1 });
    expect(gate().stderr).toContain("taskpane.html loads functions.js, which is not in");
    rmSync(path.join(dist, "taskpane.html"));
    const { status, stderr } = gate();
    expect(status).toBe(1);
    expect(stderr).toContain("taskpane.html is missing");
  });

  it("checks the real budget when no --budget-kib is given", () => {
    fakeDist({ "runtime.js": 1, "functions.js": 1, "taskpane-ui.js": 200 });
    const run = spawnSync(process.execPath, [script, dist], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("budget 150.0 KiB");
  });
});
