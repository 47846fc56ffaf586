export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = keyof Logger;
const order: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** One line per entry on stderr, so the engine's output never mixes with a test reporter's stdout. */
export function createStderrLogger(minLevel: Level = "info"): Logger {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (order[level] < order[minLevel]) return;
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : "";
    process.stderr.write(`[inngest-local] ${level} ${message}${extra}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

/** Keeps entries in memory: tests assert on warnings instead of scraping stderr. */
export function createMemoryLogger(): Logger & { entries: { level: Level; message: string }[] } {
  const entries: { level: Level; message: string }[] = [];
  const push = (level: Level) => (message: string) => {
    entries.push({ level, message });
  };
  return { entries, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") };
}
