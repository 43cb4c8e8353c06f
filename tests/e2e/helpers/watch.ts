/**
 * What a page must never do in the e2e tests, recorded while it runs: console errors, uncaught page
 * errors, failed or 4xx/5xx requests, requests to any host but the test server's, and Content Security
 * Policy violations (the page's `securitypolicyviolation` events, forwarded by an init script).
 */
import type { Page } from "playwright-core";

export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
}

export interface PageWatch {
  readonly problems: PageProblems;
  /** Every URL the page (and its workers) asked for, in order. */
  readonly requests: string[];
  /** The script URL of every Web Worker the page started, in order. */
  readonly workers: string[];
  /** Every problem, one per line ("" when there is none), for an expect(...).toBe("") with a readable diff. */
  report(): string;
}

const CSP_BINDING = "__pivotscoreCspViolation";

/** Starts watching; call before the page's first navigation. Only `allowedOrigin` (e.g. http://127.0.0.1:PORT) may be asked for anything. */
export async function watchPage(page: Page, allowedOrigin: string): Promise<PageWatch> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${message.text()} (${message.location().url || "?"}:${message.location().lineNumber})`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  const requests: string[] = [];
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  page.on("request", (request) => {
    requests.push(request.url());
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return;
    if (url.origin !== allowedOrigin) problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  // ERR_ABORTED is a request the page itself gave up (a navigation away, a worker ended early), not a failure.
  page.on("requestfailed", (request) => request.failure()?.errorText !== "net::ERR_ABORTED" && problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  await page.exposeFunction(CSP_BINDING, (violation: string) => problems.cspViolations.push(violation));
  await page.addInitScript((binding: string) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`);
    });
  }, CSP_BINDING);
  return {
    problems,
    requests,
    workers,
    report: () =>
      Object.entries(problems)
        .flatMap(([kind, list]: [string, string[]]) => list.map((entry) => `${kind}: ${entry}`))
        .join("\n"),
  };
}
