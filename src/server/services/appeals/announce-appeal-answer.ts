import { inngest } from "@/inngest/client";
import { appealAnswered } from "@/inngest/events";

/** Starts the answer's background work (the family's message, the card account). The event id makes a repeat harmless. */
export async function announceAppealAnswer(applicationId: string, appealId: string): Promise<void> {
  await inngest.send(appealAnswered.create({ applicationId, appealId }, { id: `appeal-answered-${appealId}` }));
}

export type AnnounceAppealAnswer = typeof announceAppealAnswer;
