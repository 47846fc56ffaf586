import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { APP_NODE_FLAGS, prepareStandalone } from "../../tools/dev/standalone";
import { waitUntilReady } from "../../tools/dev/child-process";

// The production build as the Docker image runs it: `node <APP_NODE_FLAGS> server.js` from .next/standalone, here on a
// free port.
// The deployment tests need the build `npm test`'s end-to-end stage made (or `npm run build`).

const root = path.resolve(import.meta.dirname, "../..");

export interface StandaloneServer {
  url: string;
  process: ChildProcess;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts the standalone server on `port` (a restart on the same address), or on a free port. */
export async function startStandaloneServer(env: NodeJS.ProcessEnv, port?: number): Promise<StandaloneServer> {
  const server = prepareStandalone(root);
  port ??= await freePort();
  const child = spawn(process.execPath, [...APP_NODE_FLAGS, server], {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${url}/api/health`, 120_000, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
