import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { parseMessage } from "@/server/content/notices/message-data";
import { renderForApplication } from "./render-for-application";
import { contactOn, otherChannel } from "./resolve-recipient";

/**
 * When a message failed for good on its channel, queues the same message on the other channel if the family
 * gave a contact for it. Returns the new row's id (the same id on a retried call), or null when there is
 * nothing to fall back to: the message did not fail, is itself a fallback, or the other contact is missing.
 * Review requests to staff, staff e-mails and sign-in codes have no fallback.
 */
export async function fallBackToOtherChannel(
  db: Db,
  notificationId: string,
): Promise<{ notificationId: string } | null> {
  const row = await db.notification.findUnique({ where: { id: notificationId } });
  if (!row) throw new AppError("notFound", { entity: "notification" });
  if (row.status !== "FAILED" || row.fallbackOfId !== null || row.applicationId === null || row.payload === null)
    return null;
  if (
    row.kind === "SIGN_IN_CODE" ||
    row.kind === "REVIEW_REQUEST" ||
    row.kind === "STAFF_PASSWORD_LINK" ||
    row.kind === "CALENDAR_WARNING"
  )
    return null;

  const dedupeKey = `${row.dedupeKey}:fallback`;
  const existing = await db.notification.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (existing) return { notificationId: existing.id };

  const application = await db.application.findUnique({
    where: { id: row.applicationId },
    select: { contactEmail: true, contactPhone: true },
  });
  if (!application) return null;
  const channel = otherChannel(row.channel);
  const recipient = contactOn(channel, { email: application.contactEmail, phone: application.contactPhone });
  if (!recipient) return null;

  const message = parseMessage(row.kind, row.payload);
  const rendered = await renderForApplication(db, row.applicationId, message, row.locale, channel);
  await db.notification.createMany({
    data: [
      {
        applicationId: row.applicationId,
        kind: row.kind,
        channel,
        locale: row.locale,
        recipient,
        subject: rendered.subject,
        body: rendered.body,
        payload: message.data,
        dedupeKey,
        fallbackOfId: row.id,
      },
    ],
    skipDuplicates: true,
  });
  const created = await db.notification.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
  return { notificationId: created.id };
}
