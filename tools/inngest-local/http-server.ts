import http from "node:http";
import type { Logger } from "./logger";

/** A tiny router over node:http: JSON in, JSON out, every body validated by the route (zod). */
export interface JsonRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body; `undefined` when empty. Throws `HttpError(400)` on invalid JSON. */
  body(): Promise<unknown>;
}

export interface JsonResponse {
  status: number;
  body: unknown;
}

export type RouteHandler = (req: JsonRequest) => Promise<JsonResponse>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

const maxBodyBytes = 10 * 1024 * 1024;

export class Router {
  private routes: Route[] = [];

  add(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:([a-zA-Z_]+)/g, (_m, key: string) => {
        keys.push(key);
        return "([^/]+)";
      })}/?$`,
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  match(method: string, pathname: string): { handler: RouteHandler; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? "");
      });
      return { handler: route.handler, params };
    }
    return undefined;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new HttpError(413, "body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function createHttpServer(router: Router, logger: Logger): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://engine.local");
    const method = req.method ?? "GET";
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body ?? null);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    };
    const found = router.match(method, url.pathname);
    if (!found) {
      // Loud on purpose: an SDK feature calling an endpoint this engine lacks must show up in the logs.
      logger.warn(`no route for ${method} ${url.pathname}`);
      send(404, { error: `inngest-local has no route for ${method} ${url.pathname}`, status: 404 });
      return;
    }
    const request: JsonRequest = {
      method,
      url,
      params: found.params,
      headers: req.headers,
      body: async () => {
        const text = await readBody(req);
        if (text.trim() === "") return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new HttpError(400, "body is not valid JSON");
        }
      },
    };
    found
      .handler(request)
      .then((response) => send(response.status, response.body))
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          send(err.status, err.body ?? { error: err.message, status: err.status });
          return;
        }
        const message = err instanceof Error ? err.message : String(err);
        logger.error(`${method} ${url.pathname} failed: ${message}`);
        send(500, { error: message, status: 500 });
      });
  });
}
