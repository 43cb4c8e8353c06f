// Rewrites the development manifest for a hosting URL. Pure functions, used by build-manifest.mjs.

/** The base URL manifest.xml is written for: the webpack dev server. */
export const DEV_BASE_URL = "https://localhost:3000";

const DEV_BASE = /https:\/\/localhost:3000(?![\w:])/g;
const DEV_APP_DOMAIN = /(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g;

export class HostingUrlError extends Error {}

/**
 * Checks a hosting URL such as "https://contoso.github.io/pivotscore" and returns it without trailing
 * slashes. Throws HostingUrlError with a message for the person running the build.
 */
export function normalizeHostingUrl(value) {
  const text = String(value ?? "").trim();
  if (text === "") throw new HostingUrlError("PIVOTSCORE_URL is empty: set it to the https URL the add-in is hosted at.");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new HostingUrlError(`PIVOTSCORE_URL is not a URL: "${text}". Expected e.g. https://contoso.github.io/pivotscore`);
  }
  if (url.protocol !== "https:") {
    throw new HostingUrlError(`PIVOTSCORE_URL must use https (Office loads add-ins over https only): "${text}"`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new HostingUrlError(`PIVOTSCORE_URL must be a plain base URL without credentials, query or fragment: "${text}"`);
  }
  if (url.hostname === "localhost") {
    throw new HostingUrlError(`PIVOTSCORE_URL points at localhost: "${text}". Leave it unset to keep the development URLs.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * Replaces the development base URL everywhere in the manifest with `baseUrl` (already normalized).
 * AppDomain entries get the origin only, since Office compares them as origins. Comments are dropped:
 * they describe the development setup.
 */
export function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const rewritten = xml
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, "")
    .replace(DEV_APP_DOMAIN, (_, open, close) => `${open}${escapeXml(origin)}${close}`)
    .replace(DEV_BASE, escapeXml(baseUrl));
  const leftover = /\w+:\/\/(?:localhost|127\.0\.0\.1)\b[^"<\s]*/.exec(rewritten);
  if (leftover) throw new HostingUrlError(`manifest.xml has a local URL the rewrite does not cover: ${leftover[0]}`);
  return rewritten;
}
