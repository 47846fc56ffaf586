import { inngest } from "@/inngest/client";
import { paymentResendRequested } from "@/inngest/events";

/** Starts the sending of a month staff sent again; one event per order, so a repeat is harmless. */
export async function announcePaymentResend(resend: { applicationId: string; orderId: string }): Promise<void> {
  await inngest.send(paymentResendRequested.create(resend, { id: `payment-resend-${resend.orderId}` }));
}
