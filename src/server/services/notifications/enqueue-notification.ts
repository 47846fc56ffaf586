import type { Channel, Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import {
  dedupeDiscriminator,
  parseMessage,
  type MessageDataInput,
  type MessageKind,
} from "@/server/content/notices/message-data";
import { renderForApplication } from "./render-for-application";
import { chooseChannel } from "./resolve-recipient";

/** Every kind but the sign-in code, which is sent at once by `sendSignInCode` and has no application. */
export type ApplicationMessageKind = Exclude<MessageKind, "SIGN_IN_CODE">;

export interface EnqueueNotificationOptions<K extends ApplicationMessageKind> {
  applicationId: string;
  kind: K;
  data: MessageDataInput<K>;
}

export interface EnqueuedNotification {
  notificationId: string;
  /** False when the message was already in the outbox (a retried step): nothing new was written. */
  created: boolean;
}

/**
 * Writes the message to the outbox, rendered in the family's language for its preferred channel (the other one
 * when the family gave no contact for it). The dedupe key `<applicationId>:<kind>[:<discriminator>]` makes a
 * retried step find the first row instead of queueing the message twice.
 */
export async function enqueueNotification<K extends ApplicationMessageKind>(
  db: Db,
  opts: EnqueueNotificationOptions<K>,
): Promise<EnqueuedNotification> {
  const message = parseMessage(opts.kind, opts.data);
  const discriminator = dedupeDiscriminator(message);
  const dedupeKey = [opts.applicationId, opts.kind, discriminator].filter((p) => p !== null).join(":");

  const existing = await db.notification.findUnique({ where: { dedupeKey }, select: { id: true } });
  if (existing) return { notificationId: existing.id, created: false };

  const target = await chooseTarget(
    db,
    opts.applicationId,
    message.kind === "REVIEW_REQUEST" ? message.data.staffUserId : null,
  );
  const rendered = await renderForApplication(db, opts.applicationId, message, target.locale, target.channel);

  // ON CONFLICT DO NOTHING: two concurrent steps both get the one row.
  const { count } = await db.notification.createMany({
    data: [
      {
        applicationId: opts.applicationId,
        kind: opts.kind,
        channel: target.channel,
        locale: target.locale,
        recipient: target.recipient,
        subject: rendered.subject,
        body: rendered.body,
        payload: message.data,
        dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
  const row = await db.notification.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
  return { notificationId: row.id, created: count === 1 };
}

interface Target {
  channel: Channel;
  recipient: string;
  locale: Locale;
}

async function chooseTarget(db: Db, applicationId: string, staffUserId: string | null): Promise<Target> {
  if (staffUserId) {
    // A review request goes to the staff member, by e-mail first, in the staff member's language.
    const staff = await db.user.findUnique({
      where: { id: staffUserId },
      select: { email: true, phone: true, locale: true, role: true },
    });
    if (!staff || staff.role === "CITIZEN") throw new AppError("notFound", { entity: "staffUser" });
    const chosen = chooseChannel("EMAIL", { email: staff.email, phone: staff.phone });
    if (!chosen) throw new AppError("invalidInput", { field: "contact" });
    return { ...chosen, locale: staff.locale };
  }
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { preferredChannel: true, contactEmail: true, contactPhone: true, locale: true },
  });
  if (!application) throw new AppError("notFound", { entity: "application" });
  const chosen = chooseChannel(application.preferredChannel, {
    email: application.contactEmail,
    phone: application.contactPhone,
  });
  if (!chosen) throw new AppError("invalidInput", { field: "contact" });
  return { ...chosen, locale: application.locale };
}
