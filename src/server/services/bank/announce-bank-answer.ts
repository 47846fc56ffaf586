import { inngest } from "@/inngest/client";
import { bankAccountAnswered } from "@/inngest/events";
import type { BankOrderSummary } from "./bank-order-summary";

/**
 * Tells the waiting application chain that the bank answered. Sent for every callback about an answered order,
 * a repeated one included, under one event id per order: Inngest drops the duplicates, and a callback whose
 * event could not be sent (the bank retries it on our 5xx) still gets it through.
 */
export async function announceBankAnswer(order: BankOrderSummary): Promise<void> {
  if (order.status !== "OPENED" && order.status !== "FAILED") return;
  await inngest.send(
    bankAccountAnswered.create(
      { applicationId: order.applicationId, orderId: order.orderId },
      { id: `bank-answer-${order.orderId}` },
    ),
  );
}
