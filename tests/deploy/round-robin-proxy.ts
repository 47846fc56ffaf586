import http from "node:http";
import type { AddressInfo } from "node:net";

// A small stand-in for the deployment's reverse proxy (Caddy in compose.yaml): each request goes to the next
// backend in turn; a backend that refuses the connection is skipped and the request tried on the next, as
// Caddy's lb_try_duration does. A backend that dies after taking a request gives the caller a 502, which the
// caller (the Inngest engine) must survive by retrying — exactly what the deployment relies on.

export interface RoundRobinProxy {
  url: string;
  /**
   * Requests each backend took (the request reached it), by backend URL, counted when sent: a function request runs
   * every step up to the run's next wait, so it may still be running, unanswered, when its backend is killed.
   */
  taken: Map<string, number>;
  /** Requests each backend answered (any status), by backend URL. */
  answered: Map<string, number>;
  stop(): Promise<void>;
}

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const answered = new Map(backends.map((b) => [b, 0]));
  const taken = new Map(backends.map((b) => [b, 0]));

  const forward = (req: http.IncomingMessage, body: Buffer, backend: string) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      const upstream = http.request(
        new URL(req.url ?? "/", backend),
        { method: req.method, headers: req.headers },
        resolve,
      );
      upstream.on("error", reject);
      // "finish" comes once the request is flushed to a connected socket; a refused connection never gets it.
      upstream.once("finish", () => taken.set(backend, (taken.get(backend) ?? 0) + 1));
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        for (let tried = 0; tried < backends.length; tried++) {
          const backend = backends[next++ % backends.length]!;
          let upstream: http.IncomingMessage;
          try {
            upstream = await forward(req, body, backend);
          } catch (error) {
            // Refused: nothing reached the backend, so another may take it. Anything else: the work may have
            // started there, and only the caller can decide to repeat it.
            if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED") continue;
            break;
          }
          answered.set(backend, (answered.get(backend) ?? 0) + 1);
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res);
          upstream.on("error", () => res.destroy());
          return;
        }
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("no backend answered");
        else res.destroy();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    taken,
    answered,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
