import type { PaymentMonthsView } from "@/server/services/payments/list-payment-months";

type LastResume = NonNullable<PaymentMonthsView["lastResume"]>;

// A month the payroll has not reached yet (or that stays stopped): its row says nothing of the resumption being over.
const NOT_REACHED = new Set(["PLANNED", "STOPPED"]);
// The resumption month's own payment made (or otherwise settled: not paid, cancelled, handed over).
const SETTLED = new Set(["CREDITED", "WITHDRAWN", "NOT_PAID", "CANCELLED", "RENEWED"]);

/**
 * The family's request to resume, as long as its confirmation ("payments resume from April 2027") is news: while
 * the assignment runs and the stop it lifted is the current one, and only until the resumption month's payment is
 * made (its month credited, or otherwise settled) or that month is past (a later month reached by the payroll). A
 * request that resumed nothing (the period's last month) is told as long as its stop is the current one.
 */
export function resumeConfirmation(view: PaymentMonthsView): LastResume | null {
  const { assignment, lastResume, stop, months } = view;
  if (!assignment || assignment.ended || !lastResume) return null;
  if (stop && stop.stoppedFrom !== lastResume.stoppedFrom) return null;
  const from = lastResume.resumeFrom;
  if (from === null) return lastResume;
  const own = months.find((m) => m.month === from);
  if (own && SETTLED.has(own.view)) return null;
  if (months.some((m) => m.month > from && !NOT_REACHED.has(m.view))) return null;
  return lastResume;
}
