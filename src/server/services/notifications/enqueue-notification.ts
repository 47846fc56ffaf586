import { Prisma, type Channel, type Locale, type Notification } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import {
  dedupeDiscriminator,
  parseMessage,
  type Message,
  type MessageDataInput,
  type MessageKind,
} from "@/server/content/notices/message-data";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { appealLocale } from "@/server/services/appeals/appeal-locale";
import { renderWithHeading } from "./render-for-application";
import { chooseChannel } from "./resolve-recipient";

/** Every kind but the sign-in code, which is sent at once by `sendSignInCode` and has no application. */
export type ApplicationMessageKind = Exclude<MessageKind, "SIGN_IN_CODE">;

export interface EnqueueNotificationOptions<K extends ApplicationMessageKind> {
  applicationId: string;
  kind: K;
  data: MessageDataInput<K>;
  /**
   * The caller sends the message at once: a row written now is written claimed for its first attempt, as
   * `deliverNotification` would claim it, so its delivery neither reads nor claims it again (two statements fewer).
   */
  sendNow?: boolean;
}

export interface EnqueuedNotification {
  notificationId: string;
  /** False when the message was already in the outbox (a retried step): nothing new was written. */
  created: boolean;
  /** With `sendNow`, the row as written now, claimed for its first attempt: hand it to `deliverNotification`. */
  claimed?: Notification;
}

/**
 * Writes the message to the outbox, rendered in the family's language for its preferred channel (the other one
 * when the family gave no contact for it). The answer to an appeal goes in the language the appeal was written in,
 * which the supervisor wrote the explanation in (`Appeal.locale`), so the message and the explanation agree. The
 * dedupe key `<applicationId>:<kind>[:<discriminator>]` makes a retried step find the first row instead of queueing
 * the message twice.
 */
export async function enqueueNotification<K extends ApplicationMessageKind>(
  db: Db,
  opts: EnqueueNotificationOptions<K>,
): Promise<EnqueuedNotification> {
  const parsed = parseMessage(opts.kind, opts.data);
  const discriminator = dedupeDiscriminator(parsed);
  const dedupeKey = [opts.applicationId, opts.kind, discriminator].filter((p) => p !== null).join(":");

  // The application (contacts, language, number). The outbox row a retried step wrote before is found by the
  // unique dedupe key when the write meets it (below), not looked for first: a retry is rare, a statement is not.
  const application = await db.application.findUnique({
    where: { id: opts.applicationId },
    select: {
      preferredChannel: true,
      contactEmail: true,
      contactPhone: true,
      locale: true,
      registrationNumber: true,
      applicationDate: true,
      decisionDueOn: true,
      address: true,
    },
  });
  if (!application) throw new AppError("notFound", { entity: "application" });
  const message = withApplicationFacts(parsed, application);

  const target =
    message.kind === "REVIEW_REQUEST"
      ? await staffTarget(db, message.data.staffUserId)
      : familyTarget({
          ...application,
          locale:
            message.kind === "APPEAL_ANSWER"
              ? await appealAnswerLocale(db, message.data.appealId, application.locale)
              : application.locale,
        });
  const rendered = renderWithHeading(opts.applicationId, application, message, target.locale, target.channel);

  const data = {
    applicationId: opts.applicationId,
    kind: opts.kind,
    channel: target.channel,
    locale: target.locale,
    recipient: target.recipient,
    subject: rendered.subject,
    body: rendered.body,
    payload: message.data,
    dedupeKey,
    ...(opts.sendNow ? { attempts: 1 } : {}),
  };
  try {
    const row = await db.notification.create({ data });
    return { notificationId: row.id, created: true, ...(opts.sendNow ? { claimed: row } : {}) };
  } catch (error) {
    // A retried step, or two concurrent ones: the row written first is the message.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const row = await db.notification.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
    return { notificationId: row.id, created: false };
  }
}

/** The language the appeal was written in, which its answer goes in (the application's for an appeal before it). */
async function appealAnswerLocale(db: Db, appealId: string, applicationLocale: Locale): Promise<Locale> {
  const appeal = await db.appeal.findUnique({ where: { id: appealId }, select: { locale: true } });
  return appeal ? appealLocale(appeal, { locale: applicationLocale }) : applicationLocale;
}

interface Target {
  channel: Channel;
  recipient: string;
  locale: Locale;
}

/** A review request goes to the staff member, by e-mail first, in the staff member's language. */
async function staffTarget(db: Db, staffUserId: string): Promise<Target> {
  const staff = await db.user.findUnique({
    where: { id: staffUserId },
    select: { email: true, phone: true, locale: true, role: true },
  });
  if (!staff || staff.role === "CITIZEN") throw new AppError("notFound", { entity: "staffUser" });
  const chosen = chooseChannel("EMAIL", { email: staff.email, phone: staff.phone });
  if (!chosen) throw new AppError("invalidInput", { field: "contact" });
  return { ...chosen, locale: staff.locale };
}

/** The family: its preferred channel (the other one when it gave no contact for it), in its language. */
function familyTarget(application: {
  preferredChannel: Channel;
  contactEmail: string | null;
  contactPhone: string | null;
  locale: Locale;
}): Target {
  const chosen = chooseChannel(application.preferredChannel, {
    email: application.contactEmail,
    phone: application.contactPhone,
  });
  if (!chosen) throw new AppError("invalidInput", { field: "contact" });
  return { ...chosen, locale: application.locale };
}

/**
 * What a message names of the application, from the row read anyway: the registration notice the decision's due day
 * the family's page shows, a visit's notice the address the inspector comes to.
 */
function withApplicationFacts(
  message: Message,
  application: { decisionDueOn: Date | null; address: string | null },
): Message {
  // The wizard keeps an address to 300 characters, the message's limit; a longer one (written otherwise) is left out.
  const written = application.address?.trim();
  const address = written && written.length <= 300 ? written : undefined;
  switch (message.kind) {
    case "REGISTRATION_NOTICE":
      return message.data.decisionDueOn || !application.decisionDueOn
        ? message
        : {
            kind: message.kind,
            data: { ...message.data, decisionDueOn: calendarDateFromDb(application.decisionDueOn) },
          };
    case "INSPECTION_DATE":
      return message.data.address || !address ? message : { kind: message.kind, data: { ...message.data, address } };
    case "VISIT_RESCHEDULED":
      return message.data.address || !address ? message : { kind: message.kind, data: { ...message.data, address } };
    default:
      return message;
  }
}
