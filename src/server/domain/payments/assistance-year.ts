import { addMonths, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import type { EntitlementStatus } from "./schedule";
import { resumptionMonth } from "./withdrawal-stop";

// What the family and staff see during the assistance year (docs/payments.md, "What the family sees"): each
// month in words, whether payments are stopped and can be resumed, when the period ends and the renewal offer.

/**
 * A month as the family reads it: the entitlement's status, with a credited month told apart once withdrawn, and a
 * month the family's renewal took over (RENEWED) apart from one cancelled here.
 */
export type MonthView =
  "PLANNED" | "SENT" | "CREDITED" | "WITHDRAWN" | "NOT_PAID" | "STOPPED" | "CANCELLED" | "RENEWED";

export interface MonthRow {
  month: YearMonth;
  amountQepik: number;
  status: EntitlementStatus;
  withdrawn: boolean;
}

export function monthView(row: Pick<MonthRow, "status" | "withdrawn">): MonthView {
  switch (row.status) {
    case "PLANNED":
      return "PLANNED";
    case "ORDERED":
      return "SENT";
    case "CREDITED":
      return row.withdrawn ? "WITHDRAWN" : "CREDITED";
    case "REJECTED":
      return "NOT_PAID";
    case "STOPPED":
      return "STOPPED";
    case "CANCELLED":
      return "CANCELLED";
  }
}

const byMonth = <T extends { month: YearMonth }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

/**
 * The stop the family may ask to lift: the first month of the latest run of STOPPED months, when nothing after
 * that run has been paid or is being paid and the run lies after the last resumption (`resumedFrom`); the months
 * stopped before a resumption stay stopped for good (no back pay). Null when payments are not stopped.
 */
export function activeStop(rows: readonly MonthRow[], resumedFrom: YearMonth | null): YearMonth | null {
  const sorted = byMonth(rows).filter((r) => r.status !== "CANCELLED");
  let lastStopped = -1;
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i]!.status === "STOPPED") {
      lastStopped = i;
      break;
    }
  }
  if (lastStopped < 0) return null;
  let first = lastStopped;
  while (first > 0 && sorted[first - 1]!.status === "STOPPED") first--;
  const stoppedFrom = sorted[first]!.month;
  if (resumedFrom !== null && stoppedFrom < resumedFrom) {
    // The run began before the last resumption: only its months from the resumption on are a new stop.
    const after = sorted.slice(first, lastStopped + 1).find((r) => r.month >= resumedFrom);
    if (!after) return null;
    return after.month;
  }
  return stoppedFrom;
}

export type ResumePlan =
  | { kind: "RESUME"; stoppedFrom: YearMonth; resumeFrom: YearMonth; months: YearMonth[] }
  | { kind: "PERIOD_ENDING"; stoppedFrom: YearMonth }
  | { kind: "NOT_STOPPED" };

/**
 * What a request to resume, made in `requestMonth`, does (docs/payments.md, "Resumption"): the stopped months
 * from the month after the request (never before the stop) to the period's last month go back to PLANNED; the
 * months before stay stopped. A request in the period's last month resumes nothing.
 */
export function planResumption(
  rows: readonly MonthRow[],
  resumedFrom: YearMonth | null,
  requestMonth: YearMonth,
  lastMonth: YearMonth,
): ResumePlan {
  const stoppedFrom = activeStop(rows, resumedFrom);
  if (stoppedFrom === null) return { kind: "NOT_STOPPED" };
  const from = resumptionMonth(requestMonth, stoppedFrom, lastMonth);
  if (from === null) return { kind: "PERIOD_ENDING", stoppedFrom };
  const months = byMonth(rows)
    .filter((r) => r.status === "STOPPED" && r.month >= from && r.month <= lastMonth)
    .map((r) => r.month);
  return { kind: "RESUME", stoppedFrom, resumeFrom: from, months };
}

/** How long before the period's last day the family is told it ends and offered to apply again. */
export const PERIOD_ENDING_NOTICE_MONTHS = 1;

/** The day the family is told its period ends: one calendar month before the period's last day. */
export function periodEndingNoticeOn(periodTo: IsoDate): IsoDate {
  return addMonths(periodTo, -PERIOD_ENDING_NOTICE_MONTHS);
}

/** Whether the end-of-period notice is due on `today`: from its day to the period's last day (a missed day is caught up). */
export function periodEndingNoticeDue(periodTo: IsoDate, today: IsoDate): boolean {
  return today >= periodEndingNoticeOn(periodTo) && today <= periodTo;
}

/**
 * Whether the assignment has ended: its period has passed, or its last month was credited (the last payment
 * closes it) or cancelled (a later decision ended it).
 */
export function assignmentEnded(periodTo: IsoDate, rows: readonly MonthRow[], today: IsoDate): boolean {
  if (today > periodTo) return true;
  const lastMonth = monthOf(periodTo);
  const last = rows.find((r) => r.month === lastMonth);
  return last?.status === "CREDITED" || last?.status === "CANCELLED";
}

/** The renewal offer shows from the end-of-period notice's day on, and stays once the period is over. */
export function renewalOffered(periodTo: IsoDate, today: IsoDate): boolean {
  return today >= periodEndingNoticeOn(periodTo);
}

/** The last month of the period (YYYY-MM). */
export const lastMonthOf = (periodTo: IsoDate): YearMonth => monthOf(periodTo);
