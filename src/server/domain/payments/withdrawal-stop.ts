import { addMonthsToYearMonth, type YearMonth } from "@/kernel/calendar-date";

// Payments stop when nothing is withdrawn from the card account for 2 consecutive months in which assistance was
// paid (RULES.md, "Process and deadlines"). The bank lists withdrawals per account and month; a month counts once
// it is over, so the payroll of month M judges the two paid months before it.

export const NO_WITHDRAWAL_MONTHS = 2;

export interface PaidMonth {
  month: YearMonth;
  withdrawn: boolean;
}

/**
 * The month from which payments stop, or null. `paid` are the credited months before `payrollMonth`; the last
 * NO_WITHDRAWAL_MONTHS of them must be the months right before it (a gap means the family was not paid, so it
 * had nothing to withdraw) and show no withdrawal.
 */
export function stopForNoWithdrawal(paid: readonly PaidMonth[], payrollMonth: YearMonth): YearMonth | null {
  const before = paid.filter((p) => p.month < payrollMonth).sort((a, b) => (a.month < b.month ? -1 : 1));
  const last = before.slice(-NO_WITHDRAWAL_MONTHS);
  if (last.length < NO_WITHDRAWAL_MONTHS) return null;
  const consecutive = last.every((p, i) => p.month === addMonthsToYearMonth(payrollMonth, i - NO_WITHDRAWAL_MONTHS));
  return consecutive && last.every((p) => !p.withdrawn) ? payrollMonth : null;
}

/**
 * The month payments resume after the family asks (docs/payments.md): the month after the request, never one
 * before the stop; null when that month is past the period's last month.
 */
export function resumptionMonth(
  requestMonth: YearMonth,
  stoppedFrom: YearMonth,
  lastMonth: YearMonth,
): YearMonth | null {
  const next = addMonthsToYearMonth(requestMonth, 1);
  const from = next < stoppedFrom ? stoppedFrom : next;
  return from <= lastMonth ? from : null;
}
