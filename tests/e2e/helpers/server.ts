/**
 * A tiny static file server on 127.0.0.1 (random port) for the built preview, sending a Content Security
 * Policy so the tests see any violation (a `securitypolicyviolation` event) the page would cause under one.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * The policy the preview is served with: only its own origin, no inline or injected scripts, no plugins.
 * 'unsafe-eval' is there because the development build wraps each module in eval() (webpack's
 * eval-cheap-module-source-map) and because zod 4 probes `new Function` once, which a policy without it
 * reports as a violation even though zod catches the error. Inline styles are Griffel's (Fluent UI's CSS-in-JS).
 */
export const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

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
