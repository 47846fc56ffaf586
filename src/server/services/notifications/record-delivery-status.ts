import type { NotificationStatus } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { deliverNotification, RetryableDeliveryError } from "./deliver-notification";
import { fallBackToOtherChannel } from "./fall-back-to-other-channel";

export interface DeliveryStatusReport {
  providerId: string;
  status: NotificationStatus;
  /** A provider error code (e.g. Twilio's 30003); never the provider's message text, which may name the recipient. */
  errorCode?: string;
}

export interface RecordedDeliveryStatus {
  notificationId: string;
  changed: boolean;
  /** The message sent (or, if its first try failed, left QUEUED) on the other channel because this one failed for good. */
  fallbackNotificationId: string | null;
}

// Statuses only move forward: QUEUED → SENT → DELIVERED | FAILED. A replayed or late callback (a "sent" after
// "delivered") matches no row in the conditional update and changes nothing.
const movesFrom: Record<NotificationStatus, NotificationStatus[]> = {
  QUEUED: [],
  SENT: ["QUEUED"],
  DELIVERED: ["QUEUED", "SENT"],
  FAILED: ["QUEUED", "SENT"],
};

export async function recordDeliveryStatus(db: Db, report: DeliveryStatusReport): Promise<RecordedDeliveryStatus> {
  const row = await db.notification.findUnique({ where: { providerId: report.providerId }, select: { id: true } });
  if (!row) throw new AppError("notFound", { entity: "notification" });

  const now = new Date();
  const { count } = await db.notification.updateMany({
    where: { id: row.id, status: { in: movesFrom[report.status] } },
    data: {
      status: report.status,
      ...(report.status === "DELIVERED" ? { deliveredAt: now } : {}),
      ...(report.status === "FAILED" ? { error: `delivery ${report.errorCode ?? "failed"}` } : {}),
    },
  });
  const changed = count === 1;
  const fallback = changed && report.status === "FAILED" ? await fallBackToOtherChannel(db, row.id) : null;
  if (fallback) await deliverOnce(db, fallback.notificationId);
  return { notificationId: row.id, changed, fallbackNotificationId: fallback?.notificationId ?? null };
}

// A failure reported by callback has no step to retry it, so the fallback gets one try here; a transient
// failure leaves it QUEUED with its error recorded, for `deliverNotification` to be called again.
async function deliverOnce(db: Db, notificationId: string): Promise<void> {
  try {
    await deliverNotification(db, notificationId);
  } catch (err) {
    if (!(err instanceof RetryableDeliveryError)) throw err;
  }
}
