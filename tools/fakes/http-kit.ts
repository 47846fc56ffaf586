import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

// The little HTTP plumbing the fakes share: node:http keeps them free of any framework.

export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw new Error("body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Listens on 127.0.0.1 (port 0 picks a free one); a handler's exception becomes a 500 instead of a crash. */
export async function listen(port: number, handler: Handler, onStop: () => void = () => {}): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    handler(req, res, url).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: "FAKE_INTERNAL", message: String(err) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    stop: async () => {
      onStop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Port from a variable, else the default; exits with a clear message on nonsense. */
export function portFrom(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${value}`);
  return port;
}

/**
 * Runs `start` when `moduleUrl` is the script node was started with (a fake run on its own, as `npm start` does),
 * logs where it listens, and stops the server on SIGINT or SIGTERM; a failure to start exits with 1.
 */
export function runWhenMain(moduleUrl: string, start: () => Promise<{ server: RunningServer; banner: string }>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  start().then(
    ({ server, banner }) => {
      console.info(banner);
      const stop = () => void server.stop().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
