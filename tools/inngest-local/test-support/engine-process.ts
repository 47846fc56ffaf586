import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/** The engine as a separate process (`node --import tsx main.ts`), so a test can SIGKILL it like a crash. */
export interface EngineProcess {
  url: string;
  kill(signal: NodeJS.Signals): Promise<void>;
  stderr(): string;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function spawnEngine(env: Record<string, string>, port: number): Promise<EngineProcess> {
  const root = path.resolve(import.meta.dirname, "../../..");
  // One process (no tsx CLI wrapper), so the pid we kill is the engine itself.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "tools/inngest-local/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", INNGEST_LOCAL_PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`engine exited with ${child.exitCode}:\n${stderr}`);
    const ok = await fetch(`${url}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`engine did not start within 20 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stderr: () => stderr,
    kill: async (signal) => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
