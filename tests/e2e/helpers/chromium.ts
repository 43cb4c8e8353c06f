/**
 * Headless Chromium for the end-to-end tests: Debian's chromium package driven by playwright-core
 * (`npx playwright install` cannot download browsers here). .ci/run installs the package; without it the
 * e2e suites skip (see chromiumPath()).
 */
import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Flags for a quiet, offline, sandbox-less headless Chromium (root in a container has no sandbox). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium executable: $CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser; null when none runs. */
export function chromiumPath(): string | null {
  const candidates = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there or not executable: try the next one
    }
  }
  return null;
}

/** Why an e2e suite is skipped, for a console.warn at the top of the test file. */
export const NO_CHROMIUM =
  "Chromium not found ($CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): skipping the end-to-end tests (apt-get install -y --no-install-recommends chromium; .ci/run installs it).";

/**
 * Starts the browser. Playwright gives every launch a fresh temporary profile (user-data-dir) and deletes
 * it on close, so runs never share cookies, storage or caches.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
