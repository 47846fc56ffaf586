import { pino, type DestinationStream, type Logger } from "pino";
import { currentLogContext } from "./log-context";
import { redactPersonalData, redactText } from "./redact";

// One JSON object per line on stdout (what log shippers read), with the request id and registration number of
// the work in progress and no personal data. In development the same lines are printed as short readable text.

const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warn",
  50: "error",
  60: "fatal",
};

/** A destination that prints `12:00:01 warn [submit] announcing failed  registrationNumber=… requestId=…`. */
function readableStream(write: (line: string) => void): DestinationStream {
  return {
    write(line: string) {
      const {
        time,
        level,
        msg,
        scope,
        levelName: _levelName,
        service: _service,
        ...rest
      } = JSON.parse(line) as Record<string, unknown>;
      const clock = new Date(Number(time)).toISOString().slice(11, 19);
      const fields = Object.entries(rest)
        .filter(([k]) => k !== "pid" && k !== "hostname")
        .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join(" ");
      write(
        `${clock} ${LEVEL_NAMES[Number(level)] ?? level} ${scope ? `[${String(scope)}] ` : ""}${String(msg ?? "")}${fields ? `  ${fields}` : ""}\n`,
      );
    },
  };
}

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * LOG_LEVEL, or "info" when it is unset or not one of pino's levels: pino throws on an unknown one, and a typo in a
 * setting must not fail every page (the server's start-up check names it: src/instrumentation.ts).
 */
export function logLevel(value: string | undefined): (typeof LEVELS)[number] {
  return LEVELS.find((l) => l === value) ?? "info";
}

/** Builds a logger writing to `destination` (tests pass a memory stream; the app uses stdout). */
export function createLogger(destination?: DestinationStream, options: { readable?: boolean } = {}): Logger {
  const stream =
    destination ?? (options.readable ? readableStream((line) => process.stdout.write(line)) : pino.destination(1));
  return pino(
    {
      level: logLevel(process.env.LOG_LEVEL),
      base: { service: "vemtas" },
      messageKey: "msg",
      // Errors are already turned into { type, message, stack } by the redaction; pino's own serializer would
      // see a plain object and call it "Object".
      serializers: { err: (value: unknown) => value },
      mixin: () => ({ ...currentLogContext() }),
      // The message text is not part of the object `formatters.log` sees, so it is masked here.
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? redactText(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      formatters: {
        level: (label, number) => ({ level: number, levelName: label }),
        log: (object) => redactPersonalData(object) as Record<string, unknown>,
      },
    },
    stream,
  );
}

export const logger: Logger = createLogger(undefined, {
  readable: process.env.NODE_ENV === "development" && process.env.LOG_FORMAT !== "json",
});

/** A logger whose lines name the part of the system that wrote them (`[bank]`, `[submit]`). */
export function scopedLogger(scope: string): Logger {
  return logger.child({ scope });
}
