import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line of one request or background step carries: never personal data, only keys to find it. */
export interface LogContext {
  requestId?: string;
  /** The application's registration number (e.g. "VEM-2026-000123"), once the work is about one application. */
  registrationNumber?: string;
  /** The Inngest function and step, for lines written inside a background step. */
  fn?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `context` added to every log line written inside it (nested calls add to the outer one). */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

/** Adds fields to the current context once they are known mid-request (e.g. the registration number). */
export function addLogContext(context: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, context);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
