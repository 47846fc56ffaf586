import { CronExpressionParser } from "cron-parser";

/**
 * Inngest crons may start with `TZ=Zone` (or `CRON_TZ=Zone`). A six-field cron (seconds first) is accepted too,
 * which lets tests fire every second.
 */
export function parseCron(cron: string): { expression: string; tz?: string } {
  const match = /^(?:CRON_TZ|TZ)=(\S+)\s+(.+)$/.exec(cron.trim());
  if (match?.[1] && match[2]) return { tz: match[1], expression: match[2] };
  return { expression: cron.trim() };
}

/** Next firing strictly after `after`. Throws when the cron is invalid. */
export function nextCronTime(cron: string, after: Date): Date {
  const { expression, tz } = parseCron(cron);
  const parsed = CronExpressionParser.parse(expression, { currentDate: after, ...(tz ? { tz } : {}) });
  return parsed.next().toDate();
}

export function cronError(cron: string): string | undefined {
  try {
    nextCronTime(cron, new Date());
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
