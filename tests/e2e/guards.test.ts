/**
 * The e2e helpers catch what they claim to: a page that logs an error, throws, asks another host, loads a
 * missing file, breaks the Content Security Policy and lacks an image's alt text is caught on each count.
 * A plain fixture page, no webpack build; skipped where no Chromium is installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { AXE_FILE, AXE_URL_PATH, axeViolations, triage } from "./helpers/axe";
import { NO_CHROMIUM, chromiumPath, launchChromium } from "./helpers/chromium";
import { serveDirectory, type ServeOptions, type StaticServer } from "./helpers/server";
import { watchPage, type PageWatch } from "./helpers/watch";

const executable = chromiumPath();
if (!executable) console.warn(NO_CHROMIUM);

const PAGE = `<!doctype html><html lang="en"><head><title>fixture</title>
<script src="bad.js"></script>
<script>document.title = "inline";</script>
</head><body><main><h1>Fixture</h1><img src="missing.png"></main></body></html>`;
const BAD_JS = `console.error("boom");
fetch("http://localhost:9/elsewhere").catch(() => undefined);
setTimeout(() => { throw new Error("uncaught on purpose"); });`;

(executable ? describe : describe.skip)("the e2e page guards", () => {
  let dir: string;
  let browser: Browser | undefined;
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pivotscore-guards-"));
    writeFileSync(path.join(dir, "index.html"), PAGE);
    writeFileSync(path.join(dir, "bad.js"), BAD_JS);
    browser = await launchChromium(executable ?? "");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the fixture from a server with these options. */
  async function open(options: ServeOptions): Promise<{ page: Page; watch: PageWatch }> {
    const server = await serveDirectory(dir, { ...options, files: { [AXE_URL_PATH]: AXE_FILE } });
    servers.push(server);
    const page = await (browser as Browser).newPage();
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/index.html`);
    return { page, watch };
  }

  /** Waits (up to 10 s) until the watch has recorded at least this many problems of each kind: events arrive asynchronously. */
  async function recorded(watch: PageWatch, least: Partial<Record<keyof PageWatch["problems"], number>>): Promise<void> {
    const short = () => Object.entries(least).some(([kind, n]) => watch.problems[kind as keyof PageWatch["problems"]].length < (n ?? 0));
    for (let waited = 0; waited < 10_000 && short(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it("records console errors, uncaught errors, failed and foreign requests (no CSP)", async () => {
    const { page, watch } = await open({ csp: null });
    await recorded(watch, { consoleErrors: 1, pageErrors: 1, foreignRequests: 1, failedRequests: 2 });
    const { problems } = watch;
    expect(problems.consoleErrors.join("\n")).toContain("boom");
    expect(problems.pageErrors.join("\n")).toContain("uncaught on purpose");
    expect(problems.foreignRequests).toContain("GET http://localhost:9/elsewhere");
    expect(problems.failedRequests.join("\n")).toMatch(/missing\.png: HTTP 404/);
    expect(problems.cspViolations).toEqual([]);
    expect(watch.report()).not.toBe("");
    await page.close();
  }, 60_000);

  it("records Content Security Policy violations: the inline script and the request to another host", async () => {
    const { page, watch } = await open({});
    await recorded(watch, { cspViolations: 2 });
    const violations = watch.problems.cspViolations.join("\n");
    expect(violations).toMatch(/script-src-elem blocked inline/);
    expect(violations).toMatch(/connect-src blocked http:\/\/localhost:9\/elsewhere/);
    expect(await page.title()).toBe("fixture");
    await page.close();
  }, 60_000);

  it("reports an image without alt text as a failing axe violation", async () => {
    const { page } = await open({});
    const { failing } = triage(await axeViolations(page));
    expect(failing.map((v) => v.id)).toContain("image-alt");
    await page.close();
  }, 60_000);
});
