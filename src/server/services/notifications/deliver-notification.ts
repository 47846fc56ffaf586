import type { Notification, NotificationStatus } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { notifyConfig, type NotifyConfig } from "@/server/integrations/notify/config";
import { sendEmail } from "@/server/integrations/notify/send-email";
import type { SendResult } from "@/server/integrations/notify/send-result";
import { findSentSms } from "@/server/integrations/notify/find-sent-sms";
import { sendSms } from "@/server/integrations/notify/send-sms";
import { emailHtml } from "@/server/content/notices/render-message";

/**
 * Thrown for a failure worth another try (provider 5xx, rate limit, no answer): the step that called
 * `deliverNotification` lets its engine retry it. After NOTIFY_MAX_ATTEMPTS the row turns FAILED instead and
 * the caller falls back to the other channel.
 */
export class RetryableDeliveryError extends Error {
  constructor(
    readonly notificationId: string,
    readonly attempt: number,
    reason: string,
  ) {
    super(`notification ${notificationId} attempt ${attempt} failed: ${reason}`);
    this.name = "RetryableDeliveryError";
  }
}

export interface DeliveryOutcome {
  notificationId: string;
  status: NotificationStatus;
  /** True only for the call that handed the message to the provider. */
  sent: boolean;
}

/**
 * Sends one outbox row. A row that is no longer QUEUED sends nothing, so a retried step is harmless. E-mails
 * carry the row's id as Resend's Idempotency-Key, covering a lost answer or a crash between Resend's answer and
 * our write. Twilio has no such key: an SMS tried before is first looked for at Twilio, and sent again only if
 * it is not there.
 */
export async function deliverNotification(
  db: Db,
  notificationId: string,
  /** The row as `enqueueNotification` wrote it with `sendNow`, claimed for its first attempt: not read or claimed again. */
  claimedAtWrite?: Notification,
): Promise<DeliveryOutcome> {
  const claimed = claimedAtWrite?.id === notificationId ? claimedAtWrite : null;
  const row = claimed ?? (await db.notification.findUnique({ where: { id: notificationId } }));
  if (!row) throw new AppError("notFound", { entity: "notification" });
  if (row.status !== "QUEUED") return { notificationId, status: row.status, sent: false };
  // The stored body of a sign-in code is masked; only `sendSignInCode` ever sends one.
  if (row.kind === "SIGN_IN_CODE") throw new AppError("invalidInput", { field: "kind" });

  const attempt = claimed ? claimed.attempts : row.attempts + 1;
  // Claim the attempt: of two concurrent calls only one passes, the other retries later and finds the outcome.
  if (!claimed) {
    const { count } = await db.notification.updateMany({
      where: { id: row.id, status: "QUEUED", attempts: row.attempts },
      data: { attempts: attempt },
    });
    if (count === 0) throw new RetryableDeliveryError(row.id, attempt, "another attempt is in progress");
  }

  const config = notifyConfig();
  const result: SendResult =
    row.channel === "EMAIL"
      ? await sendEmail(config, {
          to: row.recipient,
          subject: row.subject ?? "",
          text: row.body,
          html: emailHtml(row.subject ?? "", row.body),
          idempotencyKey: `notification-${row.id}`,
        })
      : await sendSmsOnce(config, {
          to: row.recipient,
          body: row.body,
          triedBefore: attempt > 1,
          since: row.createdAt,
        });

  if (result.ok) {
    await db.notification.updateMany({
      where: { id: row.id, status: "QUEUED" },
      data: { status: "SENT", providerId: result.providerId, sentAt: new Date(), error: null },
    });
    return { notificationId, status: "SENT", sent: true };
  }
  if (result.retryable && attempt < config.NOTIFY_MAX_ATTEMPTS) {
    await db.notification.update({ where: { id: row.id }, data: { error: result.error } });
    throw new RetryableDeliveryError(row.id, attempt, result.error);
  }
  await db.notification.update({ where: { id: row.id }, data: { status: "FAILED", error: result.error } });
  return { notificationId, status: "FAILED", sent: false };
}

/** An SMS tried before may have gone out with its answer lost: if Twilio has it, that is the send. */
async function sendSmsOnce(
  config: NotifyConfig,
  sms: { to: string; body: string; triedBefore: boolean; since: Date },
): Promise<SendResult> {
  if (sms.triedBefore) {
    const earlier = await findSentSms(config, sms);
    if (earlier.kind === "found") return { ok: true, providerId: earlier.providerId };
    // Not knowing is not "not sent": sending now could make two, so this attempt fails and is retried.
    if (earlier.kind === "unknown") return { ok: false, retryable: true, error: earlier.error };
  }
  return sendSms(config, { to: sms.to, body: sms.body });
}
