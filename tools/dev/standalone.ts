import { cpSync, existsSync } from "node:fs";
import path from "node:path";

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
