import { inngest } from "@/inngest/client";
import { applicationSubmitted, applicationWithdrawn } from "@/inngest/events";

// The event ids make a repeated send harmless: Inngest drops an event whose id it has already seen.

export async function announceSubmission(applicationId: string): Promise<void> {
  await inngest.send(applicationSubmitted.create({ applicationId }, { id: `application-submitted-${applicationId}` }));
}

export async function announceWithdrawal(applicationId: string): Promise<void> {
  await inngest.send(applicationWithdrawn.create({ applicationId }, { id: `application-withdrawn-${applicationId}` }));
}
