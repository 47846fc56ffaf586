import type { GetStepTools } from "inngest";
import type { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification, type ApplicationMessageKind } from "@/server/services/notifications/enqueue-notification";
import { fallBackToOtherChannel } from "@/server/services/notifications/fall-back-to-other-channel";

export type Step = GetStepTools<typeof inngest>;

/**
 * One message through the outbox: queue it, send it (a transient failure throws and the engine retries the step),
 * and when the chosen channel fails for good, the same message on the other channel. `key` makes the step ids,
 * e.g. "decision-notice" → queue-decision-notice, send-decision-notice, fall-back-decision-notice.
 * The outbox's dedupe key makes every step safe to run again.
 */
export async function notify<K extends ApplicationMessageKind>(
  step: Step,
  key: string,
  message: { applicationId: string; kind: K; data: () => Promise<MessageDataInput<K>> | MessageDataInput<K> },
): Promise<{ notificationId: string; status: string }> {
  const { notificationId } = await step.run(`queue-${key}`, async () =>
    enqueueNotification(getDb(), {
      applicationId: message.applicationId,
      kind: message.kind,
      data: await message.data(),
    }),
  );
  const sent = await step.run(`send-${key}`, () => deliverNotification(getDb(), notificationId));
  if (sent.status !== "FAILED") return { notificationId, status: sent.status };
  const other = await step.run(`fall-back-${key}`, () => fallBackToOtherChannel(getDb(), notificationId));
  if (!other) return { notificationId, status: sent.status };
  const fallback = await step.run(`send-${key}-fallback`, () => deliverNotification(getDb(), other.notificationId));
  return { notificationId: other.notificationId, status: fallback.status };
}
