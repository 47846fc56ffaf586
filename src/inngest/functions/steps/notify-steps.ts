import type { GetStepTools } from "inngest";
import type { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification, type ApplicationMessageKind } from "@/server/services/notifications/enqueue-notification";
import { fallBackToOtherChannel } from "@/server/services/notifications/fall-back-to-other-channel";

export type Step = GetStepTools<typeof inngest>;

/**
 * One message through the outbox: queue it and send it in one step (a transient failure throws and the engine
 * retries the step; the queueing finds its row again by the outbox's dedupe key), and when the chosen channel
 * fails for good, the same message on the other channel. `key` makes the step ids, e.g. "decision-notice" →
 * notice-decision-notice, then only on a failure fall-back-decision-notice, send-decision-notice-fallback.
 */
export async function notify<K extends ApplicationMessageKind>(
  step: Step,
  key: string,
  message: { applicationId: string; kind: K; data: () => Promise<MessageDataInput<K>> | MessageDataInput<K> },
): Promise<{ notificationId: string; status: string }> {
  const sent = await step.run(`notice-${key}`, async () => {
    const { notificationId } = await enqueueNotification(getDb(), {
      applicationId: message.applicationId,
      kind: message.kind,
      data: await message.data(),
    });
    const { status } = await deliverNotification(getDb(), notificationId);
    return { notificationId, status };
  });
  if (sent.status !== "FAILED") return sent;
  const other = await step.run(`fall-back-${key}`, () => fallBackToOtherChannel(getDb(), sent.notificationId));
  if (!other) return sent;
  const fallback = await step.run(`send-${key}-fallback`, () => deliverNotification(getDb(), other.notificationId));
  return { notificationId: other.notificationId, status: fallback.status };
}
