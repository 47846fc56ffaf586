import { cpSync, existsSync } from "node:fs";
import path from "node:path";

/**
 * The flags `node` runs the app's server with, wherever the production build runs: the image (Dockerfile CMD,
 * compose.yaml, checked by tests/deploy/compose-file.test.ts), `npm start -- --prod`, the end-to-end and deployment
 * tests and the chain benchmark. A 64 MB young generation instead of V8's 16 MB: a request's and a chain step's
 * short-lived objects (Prisma's query plans and rows, agency replies, the SDK's payloads) more often die before a
 * scavenge copies them: the app spent ~9 % less CPU per application in `bench/chain-throughput.ts`, for ~40 MB more
 * peak memory under that load (docs/background-chain.md). The space grows only as far as the load needs it.
 * No allocation-site pretenuring: once objects from one place in the code had outlived a scavenge (a batch held in
 * memory), V8 made every later object from there in the old generation, where it kept the short-lived objects it
 * points to (a family's parsed case file) alive until the next full collection; one family from its JSON text cost
 * 82–87 µs instead of 60–62 in such a process, and the chain's CPU was the same or less (docs/decision-engine.md).
 */
export const APP_NODE_FLAGS = ["--max-semi-space-size=64", "--no-allocation-site-pretenuring"] as const;

/**
 * Makes `.next/standalone` runnable as Next's docs describe: `next build` traces the server and its node_modules
 * there but leaves the static assets and `public/` to be copied beside it (the Dockerfile does the same).
 * Returns the path of the server to run with `node`.
 */
export function prepareStandalone(root: string): string {
  const standalone = path.join(root, ".next/standalone");
  const server = path.join(standalone, "server.js");
  if (!existsSync(server)) throw new Error(`${server} is missing: next.config.mjs must keep output: "standalone"`);
  cpSync(path.join(root, ".next/static"), path.join(standalone, ".next/static"), { recursive: true });
  cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
  return server;
}
