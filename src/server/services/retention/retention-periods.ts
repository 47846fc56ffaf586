// How long personal data is kept (docs/operations.md, "Retention of personal data"), as the daily purge applies
// it. Periods are counted back from the run's `now`; a row exactly at its cut-off is kept until the next run.

const DAY = 24 * 60 * 60 * 1000;

export const RETENTION = {
  /** A draft never submitted: 90 days after its last change. Nothing was decided; the citizen can start again. */
  draftDays: 90,
  /** One-time sign-in codes (only hashes) and the SMS rows that carried them: 30 days, to investigate abuse. */
  signInCodeDays: 30,
  /** A message's recipient and text: 1 year, for delivery disputes. The row stays, emptied, for the counts. */
  notificationDays: 365,
  /** Rate-limit counters: their windows last minutes; a day later they count nothing and are removed. */
  rateLimitWindowDays: 1,
} as const;

export interface RetentionCutoffs {
  drafts: Date;
  signInCodes: Date;
  notifications: Date;
  rateLimitWindows: Date;
}

/** The instants before which each kind of data is past its period, for a run at `now`. */
export function retentionCutoffs(now: Date): RetentionCutoffs {
  const back = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    drafts: back(RETENTION.draftDays),
    signInCodes: back(RETENTION.signInCodeDays),
    notifications: back(RETENTION.notificationDays),
    rateLimitWindows: back(RETENTION.rateLimitWindowDays),
  };
}
