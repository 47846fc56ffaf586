import http from "node:http";
import https from "node:https";
import type { AgencyEndpoint } from "./config";

export interface TransportResponse {
  status: number;
  body: string;
}

export class TransportTimeoutError extends Error {
  constructor() {
    super("agency did not answer in time");
  }
}
export class TransportNetworkError extends Error {
  constructor(readonly code: string) {
    super(`network error ${code}`);
  }
}
export class ReplyTooLargeError extends Error {
  constructor() {
    super("reply exceeds the size limit");
  }
}

export interface TransportRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * node:http(s) rather than global fetch, because a client certificate (mutual TLS) needs an https.Agent and
 * fetch takes none without an extra package. One keep-alive agent per agency: the gateway is asked ~90 times
 * per family, and a new TLS handshake each time would cost more than the answer.
 */
export function createHttpTransport(
  endpoint: AgencyEndpoint,
  maxReplyBytes: number,
): { send: Transport; close: () => void } {
  const isHttps = endpoint.baseUrl.startsWith("https:");
  const agent = isHttps
    ? new https.Agent({
        keepAlive: true,
        maxSockets: 64,
        cert: endpoint.tls.cert,
        key: endpoint.tls.key,
        ca: endpoint.tls.ca,
      })
    : new http.Agent({ keepAlive: true, maxSockets: 64 });
  const requestFn = isHttps ? https.request : http.request;

  const send: Transport = (req) =>
    new Promise<TransportResponse>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const r = requestFn(
        req.url,
        { method: "POST", agent, headers: { ...req.headers, "content-length": Buffer.byteLength(req.body) } },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxReplyBytes) {
              finish(() => reject(new ReplyTooLargeError()));
              res.destroy();
              return;
            }
            chunks.push(chunk);
          });
          res.on("end", () =>
            finish(() => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") })),
          );
          res.on("error", (e: NodeJS.ErrnoException) =>
            finish(() => reject(new TransportNetworkError(e.code ?? "RESPONSE_ERROR"))),
          );
        },
      );
      // One deadline for the whole exchange (connect, headers and body), not an idle-socket timeout. The
      // verdict waits one turn of the event loop (setImmediate runs after pending I/O), so a reply that
      // arrived while the process was busy elsewhere is read, not reported as the agency's timeout.
      const timer = setTimeout(() => {
        setImmediate(() => {
          if (settled) return;
          finish(() => reject(new TransportTimeoutError()));
          r.destroy();
        });
      }, req.timeoutMs);
      r.on("error", (e: NodeJS.ErrnoException) =>
        finish(() => reject(new TransportNetworkError(e.code ?? "REQUEST_ERROR"))),
      );
      r.end(req.body);
    });

  return { send, close: () => agent.destroy() };
}
