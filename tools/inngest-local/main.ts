import { engineOptionsFromEnv } from "./config";
import { startEngine } from "./engine";
import { createStderrLogger } from "./logger";

// `tsx tools/inngest-local/main.ts`: the engine as its own process, configured by the environment.
const logger = createStderrLogger(process.env.INNGEST_LOCAL_LOG_LEVEL === "debug" ? "debug" : "info");

try {
  const engine = await startEngine({ ...engineOptionsFromEnv(process.env), logger });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    engine.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error(`stop failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
} catch (err) {
  logger.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
