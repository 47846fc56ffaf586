import { createServer } from "node:http";

export interface SentEvent {
  name: string;
  id?: string;
  data: Record<string, unknown>;
}

/**
 * Stands in for the Inngest endpoint the client sends events to (point INNGEST_DEV at `url`): answers
 * `POST /e/:key` as Inngest does and keeps every event that arrives.
 */
export interface EventSink {
  url: string;
  events: SentEvent[];
  stop: () => Promise<void>;
}

export async function startEventSink(): Promise<EventSink> {
  const events: SentEvent[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const sent = JSON.parse(Buffer.concat(chunks).toString() || "[]") as SentEvent | SentEvent[];
      const list = Array.isArray(sent) ? sent : [sent];
      events.push(...list);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ids: list.map((_, i) => `evt-${events.length - list.length + i}`), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
