import { execFile } from "node:child_process";
import path from "node:path";

/** The repository root: prisma.config.ts, prisma/schema.prisma and prisma/migrations are found from here. */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface PrismaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the project's Prisma CLI (with prisma.config.ts, hence the wasm schema-engine stand-in) against
 * `databaseUrl`. Resolves with the exit code instead of rejecting, because `migrate diff --exit-code` reports
 * drift as exit code 2.
 */
export function runPrisma(args: string[], databaseUrl: string): Promise<PrismaRun> {
  const cli = path.join(repoRoot, "node_modules/prisma/build/index.js");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          // The CLI's telemetry and update checks call hosts these machines cannot reach.
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          NO_COLOR: "1",
        },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(error);
          return;
        }
        resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Throws with the CLI's output unless the run succeeded. */
export function assertSucceeded(run: PrismaRun, what: string): void {
  if (run.code !== 0) {
    throw new Error(`${what} exited with ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
  }
}
