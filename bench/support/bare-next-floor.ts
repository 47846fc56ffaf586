import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

// The floor of the wizard's JavaScript: the bare App Router app beside this file (one page, one client form),
// built with this checkout's Next and served by `next start`, which compresses like the app's own server.

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(import.meta.dirname, "bare-next-app");
const nextBin = path.join(root, "node_modules/.bin/next");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("port"))));
    });
  });
}

async function waitUntilServed(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the bare Next app did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Builds the bare app (in this run, with this Next) and serves it; `close` stops the server. */
export async function startBareNextApp(): Promise<{ url: string; close: () => void }> {
  const build = spawnSync(nextBin, ["build", appDir], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error("the bare Next app did not build");
  const port = await freePort();
  const server = spawn(nextBin, ["start", appDir, "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilServed(url, Date.now() + 60_000);
  return { url, close: () => server.kill("SIGTERM") };
}
