import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type RouteHandler = (req: Request) => Promise<Response>;

/**
 * Serves Next.js App Router handlers (`POST(req: Request)`) over plain HTTP, so integration tests let the
 * fakes call the real webhook routes without building the app.
 */
export async function serveRoutes(
  routes: Record<string, RouteHandler>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    toRequest(req)
      .then(async (request) => {
        const handler = routes[new URL(request.url).pathname];
        const response =
          handler && req.method === "POST" ? await handler(request) : new Response("not found", { status: 404 });
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((err: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(err));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
  });
}
