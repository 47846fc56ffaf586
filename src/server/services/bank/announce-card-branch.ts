import { inngest } from "@/inngest/client";
import { cardBranchChanged } from "@/inngest/events";

/** Starts the family's notice of its card's move; the event id (one per move) makes a repeat harmless. */
export async function announceCardBranch(applicationId: string, orderId: string, change: number): Promise<void> {
  await inngest.send(
    cardBranchChanged.create({ applicationId, orderId, change }, { id: `card-branch-${orderId}-${change}` }),
  );
}

export type AnnounceCardBranch = typeof announceCardBranch;
