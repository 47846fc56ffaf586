import type { Db } from "@/server/db/create-client";
import { scopedLogger } from "@/server/observability/logger";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import type { HandedOver } from "./reassign-review";

/**
 * Tells the staff member a supervisor handed a review to (REVIEW_REQUEST, in their language and channel: "A
 * supervisor handed you the review of application …", with the decision's due day). The message is written to the
 * outbox before the supervisor's answer returns, once per handover (its dedupe key names the handover), and sent
 * in the background: the handover stands whatever the provider does, and the review is in the assignee's "My
 * cases" anyway. Ids only in the log.
 */
export async function tellReviewHandover(db: Db, handed: HandedOver): Promise<void> {
  const failed = (error: unknown) =>
    scopedLogger("reviews").warn(
      { reviewId: handed.reviewId, errorName: error instanceof Error ? error.name : "unknown" },
      "telling the review's new assignee failed",
    );
  try {
    const { notificationId, claimed } = await enqueueNotification(db, {
      applicationId: handed.applicationId,
      kind: "REVIEW_REQUEST",
      data: {
        reviewId: handed.reviewId,
        staffUserId: handed.assigneeId,
        handover: handed.handover,
        ...(handed.dueOn ? { dueOn: handed.dueOn } : {}),
      },
      sendNow: true,
    });
    if (claimed) void deliverNotification(db, notificationId, claimed).catch(failed);
  } catch (error) {
    // The handover is committed: a message that cannot be written (the messaging settings) does not undo it.
    failed(error);
  }
}
