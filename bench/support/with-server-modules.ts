import { spawnSync } from "node:child_process";

const hook = new URL("./server-only-hook.mjs", import.meta.url).pathname;

/**
 * Makes the app's server modules loadable by the calling bench script: unless this process already runs with the
 * `server-only` resolve hook (server-only-hook.mjs, the one chain-throughput uses), runs `script` again in a child
 * Node that has it, with the same arguments, and exits with the child's code. The hook, not the `react-server`
 * condition, because that condition also hands next-intl a React without hooks.
 */
export function withServerModules(script: string): void {
  if (process.execArgv.some((a) => a.includes("server-only-hook"))) return;
  const r = spawnSync(process.execPath, ["--import", hook, "--import", "tsx", script, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}
