import { inngest } from "@/inngest/client";
import { bankReorderRequested } from "@/inngest/events";

export interface BankReorder {
  applicationId: string;
  decisionId: string;
  orderId: string;
}

/** Starts the new round's background work (order, wait, pickup notice). The event id makes a repeat harmless. */
export async function announceBankReorder(reorder: BankReorder): Promise<void> {
  await inngest.send(bankReorderRequested.create(reorder, { id: bankReorderEventId(reorder.orderId) }));
}

/** One id per round, shared by the staff's announcement and the sweep's, so Inngest keeps only the first. */
export const bankReorderEventId = (orderId: string): string => `bank-reorder-${orderId}`;
