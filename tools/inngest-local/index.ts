export { startEngine, engineDefaults, type EngineOptions, type RunningEngine } from "./engine";
export { engineOptionsFromEnv } from "./config";
export { createStderrLogger, createMemoryLogger, type Logger } from "./logger";
