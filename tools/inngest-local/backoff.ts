import { parseDurationMs } from "./duration";

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Delay before attempt `nextAttempt` (1-based retry count): base · 2^(n-1), capped. */
export function backoffDelayMs(nextAttempt: number, options: BackoffOptions): number {
  const exponent = Math.max(0, nextAttempt - 1);
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exponent, 30));
}

/**
 * The SDK's `retry-after` header (from `RetryAfterError`) is whole seconds or an ISO date; an HTTP date or a
 * duration string is accepted too. Returns the moment to retry at, or undefined when absent or unreadable.
 */
export function retryAfterAt(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const asDuration = parseDurationMs(trimmed);
  if (asDuration !== undefined && trimmed !== "") return now + asDuration;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : at;
}
