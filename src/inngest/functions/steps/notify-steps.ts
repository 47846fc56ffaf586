import type { GetStepTools } from "inngest";
import type { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification, type ApplicationMessageKind } from "@/server/services/notifications/enqueue-notification";
import { fallBackToOtherChannel } from "@/server/services/notifications/fall-back-to-other-channel";

export type Step = GetStepTools<typeof inngest>;

export interface NoticeRequest<K extends ApplicationMessageKind> {
  applicationId: string;
  kind: K;
  data: () => Promise<MessageDataInput<K>> | MessageDataInput<K>;
}

/** A message handed to its channel inside some step; `key` names the fall-back's steps if the channel failed. */
export interface SentNotice {
  key: string;
  notificationId: string;
  status: string;
}

/**
 * Queues one message in the outbox and sends it, for use inside a step: a transient failure throws and the engine
 * retries the step, whose queueing then finds its row again by the outbox's dedupe key (and a row already sent is
 * not sent again).
 */
export async function sendNotice<K extends ApplicationMessageKind>(
  key: string,
  message: NoticeRequest<K>,
): Promise<SentNotice> {
  const { notificationId, claimed } = await enqueueNotification(getDb(), {
    applicationId: message.applicationId,
    kind: message.kind,
    data: await message.data(),
    sendNow: true,
  });
  const { status } = await deliverNotification(getDb(), notificationId, claimed);
  return { key, notificationId, status };
}

/**
 * When the chosen channel failed for good, the same message on the other channel, in steps of its own
 * (fall-back-<key>, send-<key>-fallback): only a failure costs them.
 */
export async function fallBackIfFailed(
  step: Step,
  key: string,
  sent: { notificationId: string; status: string },
): Promise<{ notificationId: string; status: string }> {
  if (sent.status !== "FAILED") return sent;
  const other = await step.run(`fall-back-${key}`, () => fallBackToOtherChannel(getDb(), sent.notificationId));
  if (!other) return sent;
  const fallback = await step.run(`send-${key}-fallback`, () => deliverNotification(getDb(), other.notificationId));
  return { notificationId: other.notificationId, status: fallback.status };
}

/** One message in a step of its own, notice-<key>, e.g. "decision-notice" → notice-decision-notice. */
export async function notify<K extends ApplicationMessageKind>(
  step: Step,
  key: string,
  message: NoticeRequest<K>,
): Promise<{ notificationId: string; status: string }> {
  const sent = await step.run(`notice-${key}`, () => sendNotice(key, message));
  return fallBackIfFailed(step, key, sent);
}
