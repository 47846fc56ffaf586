import type { PaymentMonthsView } from "@/server/services/payments/list-payment-months";

/** Assigned, with the months not planned yet: the chain plans them a moment after the decision. */
export function monthsPending(view: PaymentMonthsView | undefined): boolean {
  return view?.assignment != null && view.months.length === 0;
}
