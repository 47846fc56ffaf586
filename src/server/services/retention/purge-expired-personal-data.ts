import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { recordAudit } from "@/server/services/audit/record-audit";
import { retentionCutoffs } from "./retention-periods";

/** What one purge removed (or, with `dryRun`, would remove), per kind of data. */
export interface PurgeCounts {
  /** Applications never submitted (drafts, and drafts withdrawn before submitting), deleted with their rows. */
  drafts: number;
  /** One-time sign-in codes (hashes), deleted. */
  signInCodes: number;
  /** The outbox rows of sign-in code SMS, deleted with the codes. */
  signInMessages: number;
  /** Messages about applications: recipient, subject, text and data emptied; the row stays for the counts. */
  notifications: number;
  /** Rate-limit counters of long-ended windows, deleted. */
  rateLimitWindows: number;
}

/** The marker an emptied message's recipient carries, so a second run passes it by. */
export const ANONYMISED = "";

/**
 * Deletes or empties the personal data past its period (retention-periods.ts; docs/operations.md): drafts never
 * submitted, sign-in codes and their SMS, the recipient and text of messages, old rate-limit counters. Decided
 * applications, decisions, bank orders and the audit log are kept (their periods run for years and are the
 * ministry's to apply). Idempotent: a second run at the same `now` finds nothing. Writes one audit row when
 * anything was removed, with the counts only.
 */
export async function purgeExpiredPersonalData(db: Db, opts: { now: Date; dryRun?: boolean }): Promise<PurgeCounts> {
  const cut = retentionCutoffs(opts.now);
  const drafts: Prisma.ApplicationWhereInput = {
    submittedAt: null,
    status: { in: ["DRAFT", "WITHDRAWN"] },
    updatedAt: { lt: cut.drafts },
  };
  const signInCodes: Prisma.OneTimeCodeWhereInput = { createdAt: { lt: cut.signInCodes } };
  const signInMessages: Prisma.NotificationWhereInput = { kind: "SIGN_IN_CODE", createdAt: { lt: cut.signInCodes } };
  // Only messages that are done: a queued one is still to be sent (none should be that old, but never lose one).
  const notifications: Prisma.NotificationWhereInput = {
    kind: { not: "SIGN_IN_CODE" },
    status: { not: "QUEUED" },
    createdAt: { lt: cut.notifications },
    recipient: { not: ANONYMISED },
  };
  const rateLimitWindows: Prisma.RateLimitWindowWhereInput = { windowStart: { lt: cut.rateLimitWindows } };

  if (opts.dryRun) {
    const [d, c, m, n, r] = await Promise.all([
      db.application.count({ where: drafts }),
      db.oneTimeCode.count({ where: signInCodes }),
      db.notification.count({ where: signInMessages }),
      db.notification.count({ where: notifications }),
      db.rateLimitWindow.count({ where: rateLimitWindows }),
    ]);
    return { drafts: d, signInCodes: c, signInMessages: m, notifications: n, rateLimitWindows: r };
  }

  // Each statement stands alone: a run stopped half-way leaves every row either kept or purged, and the next run
  // finishes the rest.
  const counts: PurgeCounts = {
    drafts: (await db.application.deleteMany({ where: drafts })).count,
    signInCodes: (await db.oneTimeCode.deleteMany({ where: signInCodes })).count,
    signInMessages: (await db.notification.deleteMany({ where: signInMessages })).count,
    notifications: (
      await db.notification.updateMany({
        where: notifications,
        data: { recipient: ANONYMISED, subject: null, body: "", payload: Prisma.DbNull, error: null },
      })
    ).count,
    rateLimitWindows: (await db.rateLimitWindow.deleteMany({ where: rateLimitWindows })).count,
  };
  if (Object.values(counts).some((n) => n > 0)) {
    await recordAudit(db, {
      actor: null,
      action: "retention.purge",
      entity: "PersonalData",
      details: { ...counts, at: opts.now.toISOString() },
    });
  }
  return counts;
}
