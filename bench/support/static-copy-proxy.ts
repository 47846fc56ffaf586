import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

// One server in front of the app for both pages of the comparison: it forwards every request to the app and
// serves the static copy itself, compressed like the app's own responses, so both travel the same way.

export const STATIC_PATH = "/__bench/wizard-static.html";

export async function startStaticCopyProxy(
  target: string,
  staticHtml: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const body = gzipSync(staticHtml);
  const server = http.createServer((req, res) => {
    if (req.url === STATIC_PATH) {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-encoding": "gzip",
        "content-length": body.length,
        "cache-control": "no-store",
      });
      res.end(body);
      return;
    }
    const forward = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // The app's host name, so the session cookie set by the app (a cookie is per host, not per port) goes with
  // each request: with --base http://127.0.0.1:3000 and the proxy at localhost, the wizard answered with the
  // sign-in page, and that page was measured.
  return {
    url: `http://${upstream.hostname}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The page as the server rendered it, without a single script: what a plain HTML page of the same content is. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi, "");
}
