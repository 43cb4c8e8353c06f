/**
 * A tiny static file server on 127.0.0.1 (random port) for the built preview, sending a Content Security
 * Policy so the tests see any violation (a `securitypolicyviolation` event) the page would cause under one.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * The policy the preview is served with, as a header: the one its page declares in a meta tag
 * (src/preview/preview.html, the task pane's without Office.js's CDN), read from the built page so the
 * two cannot drift apart. No 'unsafe-eval': development builds use a non-eval source map and zod parses
 * jitless (src/core/zod.ts).
 */
export async function pagePolicy(htmlFile: string): Promise<string> {
  const html = await readFile(htmlFile, "utf8");
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${htmlFile} declares no Content-Security-Policy`);
  return match[1];
}

/** A strict policy for pages without their own (the guard tests' pages). */
export const PREVIEW_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join("; ");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sent as Content-Security-Policy on every answer (default PREVIEW_CSP); null sends none. */
  readonly csp?: string | null;
  /** Extra files by URL path (e.g. "/__e2e__/axe.min.js" -> a file on disk), for scripts the tests inject. */
  readonly files?: Readonly<Record<string, string>>;
}

/**
 * Serves `dir` read-only. /favicon.ico answers with assets/icon-32.png (the add-in's icon) so the
 * browser's automatic favicon request does not log a 404 as a console error.
 */
export async function serveDirectory(dir: string, { csp = PREVIEW_CSP, files = {} }: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
      const mapped = files[pathname] ?? (pathname === "/favicon.ico" ? path.join(dir, "assets/icon-32.png") : path.join(dir, path.normalize(pathname)));
      const inside = files[pathname] !== undefined || mapped.startsWith(dir + path.sep);
      const headers: Record<string, string> = csp ? { "Content-Security-Policy": csp } : {};
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.writeHead(405, headers).end();
        return;
      }
      try {
        if (!inside) throw new Error("outside the served folder");
        const body = await readFile(mapped);
        response.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(mapped)] ?? "application/octet-stream", "Cache-Control": "no-store" });
        response.end(request.method === "HEAD" ? undefined : body);
      } catch {
        response.writeHead(404, { ...headers, "Content-Type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
