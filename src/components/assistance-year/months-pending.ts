import type { PaymentMonthsView } from "@/server/services/payments/list-payment-months";

/** How often the family's page asks again while something is on its way (the application page's pace). */
export const POLL_MS = 10_000;

/** Assigned, with the months not planned yet: the chain plans them a moment after the decision. */
export function monthsPending(view: PaymentMonthsView | undefined): boolean {
  return view?.assignment != null && view.months.length === 0;
}
