import type { NotificationKind } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { notifyConfig } from "@/server/integrations/notify/config";
import { deliverNotification, RetryableDeliveryError } from "./deliver-notification";

/** How many more tries the sweep gives one message after its step gave up (one try per sweep). */
export const SWEEP_RESENDS = 6;
/** A message older than this is not tried again: the family has read the decision on its page meanwhile. */
const RESEND_WITHIN_MS = 3 * 24 * 60 * 60_000;

/**
 * The sweep's second chance for family messages of `kinds` that failed at the provider after their step gave up
 * (retries and the other channel spent): each is sent again as the same outbox row, so it keeps its idempotency
 * — Resend's Idempotency-Key `notification-<id>`, and for an SMS tried before the look-up at Twilio — and a message
 * that did go out is never sent twice. Only a row the provider never took (no provider id) is tried: one it took
 * and later reported undelivered would be the same send again. A row whose fallback went out, or is still
 * queued, is left alone. One try per sweep, SWEEP_RESENDS in all (counted on the row's attempts).
 */
export async function resendFailedNotifications(
  db: Db,
  opts: { kinds: NotificationKind[]; now: Date },
): Promise<{ resent: number; failed: number }> {
  const maxAttempts = notifyConfig().NOTIFY_MAX_ATTEMPTS + SWEEP_RESENDS;
  const rows = await db.notification.findMany({
    where: {
      kind: { in: opts.kinds },
      status: "FAILED",
      providerId: null,
      fallbackOfId: null,
      applicationId: { not: null },
      attempts: { lt: maxAttempts },
      createdAt: { gt: new Date(opts.now.getTime() - RESEND_WITHIN_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true },
  });
  const fallbacks = await db.notification.findMany({
    where: { fallbackOfId: { in: rows.map((r) => r.id) }, status: { not: "FAILED" } },
    select: { fallbackOfId: true },
  });
  const reached = new Set(fallbacks.map((f) => f.fallbackOfId));
  let resent = 0;
  let failed = 0;
  for (const row of rows.filter((r) => !reached.has(r.id))) {
    // Claim the row: of two sweeps running at once only one sends it.
    const claimed = await db.notification.updateMany({
      where: { id: row.id, status: "FAILED" },
      data: { status: "QUEUED" },
    });
    if (claimed.count === 0) continue;
    try {
      const outcome = await deliverNotification(db, row.id);
      if (outcome.status === "FAILED") failed++;
      else resent++;
    } catch (error) {
      // A transient failure waits for the next sweep as FAILED, not QUEUED (which no one would pick up).
      if (!(error instanceof RetryableDeliveryError)) throw error;
      await db.notification.updateMany({ where: { id: row.id, status: "QUEUED" }, data: { status: "FAILED" } });
      failed++;
    }
  }
  return { resent, failed };
}
