import type { Locale, NotificationKind } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { emailConfig } from "@/server/integrations/notify/config";
import { sendEmail } from "@/server/integrations/notify/send-email";
import { emailHtml } from "@/server/content/notices/render-message";

export interface StaffEmail {
  kind: Extract<NotificationKind, "STAFF_PASSWORD_LINK" | "CALENDAR_WARNING">;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  /** What the outbox keeps instead of `text` (a password link's token masked); `text` when absent. */
  storedText?: string;
  /** One e-mail per key: a retried step, or a second cron run, finds the sent row and sends nothing. */
  dedupeKey: string;
}

export type SendStaffEmail = (email: StaffEmail) => Promise<void>;

// Two quick tries: a person may be waiting (a password link), and the daily cron retries a failed step itself.
const ATTEMPTS = 2;

/**
 * Sends an e-mail to a staff member through the app's e-mail transport (Resend; the messaging fake in development
 * and tests) and records it in the notification outbox. Sent once per dedupe key. Throws when it could not be sent.
 */
export async function sendStaffEmail(db: Db, email: StaffEmail): Promise<void> {
  // Only the e-mail settings: the operator's tool (`admin:create --send-link`) sends through here too.
  const config = emailConfig();
  const existing = await db.notification.findUnique({
    where: { dedupeKey: email.dedupeKey },
    select: { id: true, status: true },
  });
  if (existing && existing.status !== "QUEUED" && existing.status !== "FAILED") return;
  const row =
    existing ??
    (await db.notification.create({
      data: {
        kind: email.kind,
        channel: "EMAIL",
        locale: email.locale,
        recipient: email.to,
        subject: email.subject,
        body: email.storedText ?? email.text,
        dedupeKey: email.dedupeKey,
      },
      select: { id: true },
    }));
  let lastError = "";
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    const result = await sendEmail(config, {
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: emailHtml(email.subject, email.text),
      idempotencyKey: email.dedupeKey,
    });
    if (result.ok) {
      await db.notification.update({
        where: { id: row.id },
        data: { status: "SENT", providerId: result.providerId, sentAt: new Date(), attempts: attempt, error: null },
      });
      return;
    }
    lastError = result.error;
    if (!result.retryable) break;
  }
  await db.notification.update({ where: { id: row.id }, data: { status: "FAILED", attempts, error: lastError } });
  throw new Error(`staff e-mail ${row.id} could not be sent: ${lastError}`);
}
