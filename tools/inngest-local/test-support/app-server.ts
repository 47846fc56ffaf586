import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Inngest, InngestFunction } from "inngest";
import { serve } from "inngest/node";

export interface TestApp {
  /** The serve URL, e.g. http://127.0.0.1:41234/api/inngest */
  url: string;
  /** Run requests (POST) the app received so far. */
  runRequests(): number;
  close(): Promise<void>;
}

/** Serves functions through the SDK's own node adapter, as a real app would, on a free port. */
export async function startTestApp(client: Inngest.Any, functions: InngestFunction.Any[]): Promise<TestApp> {
  const handler = serve({ client, functions });
  let runRequests = 0;
  const server = http.createServer((req, res) => {
    if (req.method === "POST") runRequests++;
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/inngest`,
    runRequests: () => runRequests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
