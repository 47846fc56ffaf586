import { inngest } from "@/inngest/client";
import { inspectionCompleted } from "@/inngest/events";

/**
 * Tells the chain that a visit is over (done or missed). The event id makes a repeated send harmless: Inngest
 * drops an id it has already seen, so a submit retried after a lost answer may send again.
 */
export async function announceInspection(applicationId: string, inspectionId: string): Promise<void> {
  await inngest.send(
    inspectionCompleted.create({ applicationId, inspectionId }, { id: `inspection-completed-${inspectionId}` }),
  );
}

export type AnnounceInspection = typeof announceInspection;
