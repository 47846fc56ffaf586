import { spawn, type ChildProcess } from "node:child_process";

export interface ServiceSpec {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Polled until it answers 2xx; the service counts as started then. */
  readyUrl?: string;
  /** Rewrites each line of its output before it is printed (Next's banner: welcome.ts, pointBannerAt). */
  rewriteLine?: (line: string) => string;
}

/** Runs a command to completion with the given environment, its output prefixed; throws on failure. */
export function runToCompletion(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    pipeWithPrefix(child, name);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}`))));
  });
}

export function startService(spec: ServiceSpec, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(spec.command, spec.args, { env: { ...env, ...spec.env }, stdio: ["ignore", "pipe", "pipe"] });
  pipeWithPrefix(child, spec.name, spec.rewriteLine);
  return child;
}

function pipeWithPrefix(child: ChildProcess, name: string, rewrite: (line: string) => string = (l) => l): void {
  const prefix = `[${name}] `;
  const forward = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) out.write(prefix + rewrite(line) + "\n");
  };
  child.stdout?.on("data", forward(process.stdout));
  child.stderr?.on("data", forward(process.stderr));
}

/** Polls a URL until it answers 2xx, or fails after the deadline. */
export async function waitUntilReady(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

/** Stops children in reverse order of start: SIGTERM, then SIGKILL for any that linger. */
export async function stopAll(children: ChildProcess[], graceMs = 5000): Promise<void> {
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null).reverse();
  await Promise.all(
    alive.map(
      (c) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => c.kill("SIGKILL"), graceMs);
          c.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          c.kill("SIGTERM");
        }),
    ),
  );
}
