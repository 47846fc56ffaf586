import { addMonthsToYearMonth, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";

// The assistance year as months: an assignment pays one amount for each Baku calendar month of its period, from
// the month of application (the period's first day is the 1st of that month) to the month of its last day.

export type EntitlementStatus = "PLANNED" | "ORDERED" | "CREDITED" | "REJECTED" | "STOPPED" | "CANCELLED";

export interface Entitlement {
  month: YearMonth;
  amountQepik: number;
  status: EntitlementStatus;
}

/** The assignment's figures a schedule is planned from: only a final ASSIGN with its period plans months. */
export interface AssignmentTerms {
  outcome: "ASSIGN" | "REFUSE";
  amountQepik: number | null;
  periodFrom: IsoDate | null;
  periodTo: IsoDate | null;
}

/** Months from the month of `from` to the month of `to`, both included (12 for a year's period). */
export function monthsOfPeriod(from: IsoDate, to: IsoDate): YearMonth[] {
  const last = monthOf(to);
  const months: YearMonth[] = [];
  for (let m = monthOf(from); m <= last; m = addMonthsToYearMonth(m, 1)) months.push(m);
  return months;
}

/** The months an assignment pays, each PLANNED at its amount; none for a refusal or an assignment without figures. */
export function planEntitlements(terms: AssignmentTerms): Entitlement[] {
  if (
    terms.outcome !== "ASSIGN" ||
    terms.amountQepik === null ||
    terms.amountQepik <= 0 ||
    !terms.periodFrom ||
    !terms.periodTo
  )
    return [];
  const amountQepik = terms.amountQepik;
  return monthsOfPeriod(terms.periodFrom, terms.periodTo).map((month) => ({ month, amountQepik, status: "PLANNED" }));
}

/** A month counts as paid once the bank took the order (ORDERED may still be credited) or credited it. */
export const isPaidOrPaying = (status: EntitlementStatus): boolean => status === "ORDERED" || status === "CREDITED";
