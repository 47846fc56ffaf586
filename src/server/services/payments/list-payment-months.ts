import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import { addMonthsToYearMonth, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import { afterRejection } from "@/server/domain/payments/rejection";
import {
  assignmentEnded,
  monthView,
  periodEndingNoticeOn,
  planResumption,
  renewalOffered,
  type MonthRow,
  type MonthView,
} from "@/server/domain/payments/assistance-year";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findCurrentAssignment } from "./current-assignment";
import { monthsPaidEarlier } from "./hand-over-months";

export interface PaymentMonthsView {
  applicationId: string;
  /** Null when the application has no assignment (not decided, refused, or ended by a later decision). */
  assignment: { amountQepik: number; periodFrom: IsoDate; periodTo: IsoDate; ended: boolean } | null;
  /**
   * The later final decision that ended the assignment (no assignment, but months from before): from which day it
   * rules (`effectiveFrom`; null for one that rules the whole period, as an appeal answer), the Baku day it was
   * taken, and whether it rules already (`inForce`: the months before its day may still be paid).
   */
  endedByDecision: { effectiveFrom: IsoDate | null; decidedOn: IsoDate; inForce: boolean } | null;
  /** `entitlementId` names the month for the staff actions on a month the bank rejected. */
  months: { entitlementId: string; month: YearMonth; amountQepik: number; view: MonthView }[];
  arrears: { amountQepik: number; status: "PENDING" | "SENT" | "CREDITED" | "REJECTED"; createdAt: string }[];
  /** Payments are stopped for no withdrawal: from which month, and what asking to resume today would do. */
  stop: { stoppedFrom: YearMonth; resumable: boolean; resumeFrom: YearMonth | null } | null;
  /**
   * The latest request to resume, so its confirmation stays on the page: the family's own, or staff's at the office
   * (`byStaff`; staff readers also get who asked and their note, the family only that it was at the office).
   */
  lastResume: {
    requestedAt: string;
    stoppedFrom: YearMonth;
    resumeFrom: YearMonth | null;
    monthsResumed: number;
    byStaff: boolean;
    staff: { name: string; note: string } | null;
  } | null;
  /** The end-of-period notice's day and whether the page offers to apply again. */
  renewal: { offeredFrom: IsoDate; offered: boolean } | null;
  /**
   * The family's later application that took over this one's unpaid months (hand-over-months.ts), by its number:
   * the assistance goes on there, so this page neither says it ended nor offers to apply again.
   */
  renewedBy: string | null;
  /**
   * For a renewal: the months of its period the family's earlier application had already paid (hand-over-months.ts),
   * by that application's number. They are not in `months`, so the page says where they went.
   */
  paidEarlier: { number: string; months: YearMonth[] }[];
  /**
   * Staff readers only (empty for the family): each month the bank rejected at least once, with the bank's code on
   * its latest rejection, so the case file says why and what comes next, and keeps saying it was rejected once the
   * month was sent again.
   */
  rejections: MonthRejection[];
}

export interface MonthRejection {
  entitlementId: string;
  month: YearMonth;
  /** How many of the month's payments the bank rejected. */
  times: number;
  /** The bank's code on the latest rejection (ACCOUNT_BLOCKED, …); null when it gave none. */
  reasonCode: string | null;
  /** The month is still rejected: not sent again, paid or cancelled since. */
  open: boolean;
  /**
   * The payroll month that sends it again by itself (record-payroll-orders.ts, `reorderRejected`: a first rejection
   * for a passing reason, the card account open), as the family's message promised; null when only staff can.
   */
  retryWith: YearMonth | null;
}

const ym = (d: Date): YearMonth => monthOf(calendarDateFromDb(d));

/** The latest request that lifted a stop (the months before its resumeFrom stay stopped for good). */
export async function loadMonthsAndResumes(db: Db | Prisma.TransactionClient, applicationId: string) {
  const [entitlements, resumes] = await Promise.all([
    db.monthlyEntitlement.findMany({
      where: { applicationId },
      orderBy: { month: "asc" },
      select: { id: true, month: true, amountQepik: true, status: true, withdrawnAt: true, decisionId: true },
    }),
    db.paymentResumeRequest.findMany({ where: { applicationId }, orderBy: { requestedAt: "desc" } }),
  ]);
  const rows = entitlements.map((e): MonthRow & { id: string; decisionId: string } => ({
    id: e.id,
    decisionId: e.decisionId,
    month: ym(e.month),
    amountQepik: e.amountQepik,
    status: e.status,
    withdrawn: e.withdrawnAt !== null,
  }));
  const lifted = resumes.find((r) => r.resumeFrom !== null);
  return { rows, resumes, resumedFrom: lifted?.resumeFrom ? ym(lifted.resumeFrom) : null };
}

/**
 * The assistance year of one application as the family's page and the staff case file show it: each month with
 * its amount and status in words, arrears, the stop and the renewal offer. Out of the caller's scope reads as
 * "not found"; every staff read is audited.
 */
export async function listPaymentMonths(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now: Date,
): Promise<PaymentMonthsView> {
  const app = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(user)] },
    select: { id: true, districtCode: true },
  });
  if (!app) throw new AppError("notFound");
  if (user.role !== "CITIZEN") {
    await recordAudit(db, {
      actor: user,
      action: "payments.read",
      entity: "Application",
      entityId: app.id,
      applicationId: app.id,
      districtCode: app.districtCode,
    });
  }
  const today = bakuDate(now);
  const [assignment, { rows, resumes, resumedFrom }, arrears] = await Promise.all([
    findCurrentAssignment(db, app.id),
    loadMonthsAndResumes(db, app.id),
    db.paymentOrder.findMany({
      where: { applicationId: app.id, kind: "ARREARS" },
      orderBy: { createdAt: "asc" },
      select: { amountQepik: true, status: true, createdAt: true },
    }),
  ]);
  // A month cancelled by a decision of another application: the family's renewal pays it (hand-over-months.ts).
  // Only cancelled months can be, so only their decisions are read, and only when there are any.
  const cancelledBy = [...new Set(rows.filter((r) => r.status === "CANCELLED").map((r) => r.decisionId))];
  const renewals =
    cancelledBy.length === 0
      ? []
      : await db.decision.findMany({
          where: { id: { in: cancelledBy }, applicationId: { not: app.id } },
          select: { id: true, application: { select: { registrationNumber: true } } },
        });
  const renewalOf = new Map(renewals.map((d) => [d.id, d.application.registrationNumber]));
  const handedOver = (r: (typeof rows)[number]) => r.status === "CANCELLED" && renewalOf.has(r.decisionId);
  const viewOf = (r: (typeof rows)[number]): MonthView => (handedOver(r) ? "RENEWED" : monthView(r));
  const renewingDecision = rows.find(handedOver)?.decisionId;
  const renewedBy = renewingDecision ? (renewalOf.get(renewingDecision) ?? null) : null;

  const own = new Set(rows.map((r) => r.month));
  const paidEarlier = assignment
    ? (
        await monthsPaidEarlier(db, {
          applicationId: app.id,
          from: monthOf(assignment.periodFrom),
          to: monthOf(assignment.periodTo),
        })
      )
        .map((p) => ({ number: p.number, months: p.months.filter((m) => !own.has(m)) }))
        .filter((p) => p.months.length > 0)
    : [];

  // Months without an assignment: the latest final decision (a refusal, or an assignment without a period) ended it.
  const ending =
    assignment || rows.length === 0
      ? null
      : await db.decision.findFirst({
          where: { applicationId: app.id, final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
          orderBy: { createdAt: "desc" },
          select: { effectiveFrom: true, createdAt: true },
        });
  const endsFrom = ending?.effectiveFrom ? calendarDateFromDb(ending.effectiveFrom) : null;

  let stop: PaymentMonthsView["stop"] = null;
  if (assignment) {
    const plan = planResumption(rows, resumedFrom, monthOf(today), monthOf(assignment.periodTo));
    if (plan.kind === "RESUME") stop = { stoppedFrom: plan.stoppedFrom, resumable: true, resumeFrom: plan.resumeFrom };
    else if (plan.kind === "PERIOD_ENDING")
      stop = { stoppedFrom: plan.stoppedFrom, resumable: false, resumeFrom: null };
  }
  const rejections = user.role === "CITIZEN" ? [] : await loadRejections(db, app.id, rows, today);
  const last = resumes[0];
  const staffAsker =
    last?.byStaff && user.role !== "CITIZEN"
      ? await db.user.findUnique({ where: { id: last.requestedById }, select: { name: true } })
      : null;
  return {
    applicationId: app.id,
    assignment: assignment && {
      amountQepik: assignment.amountQepik,
      periodFrom: assignment.periodFrom,
      periodTo: assignment.periodTo,
      ended: assignmentEnded(assignment.periodTo, rows, today),
    },
    endedByDecision: ending
      ? {
          effectiveFrom: endsFrom,
          decidedOn: bakuDate(ending.createdAt),
          inForce: endsFrom === null || endsFrom <= today,
        }
      : null,
    months: rows.map((r) => ({ entitlementId: r.id, month: r.month, amountQepik: r.amountQepik, view: viewOf(r) })),
    arrears: arrears.map((a) => ({
      amountQepik: a.amountQepik,
      status: a.status,
      createdAt: a.createdAt.toISOString(),
    })),
    stop,
    lastResume: last
      ? {
          requestedAt: last.requestedAt.toISOString(),
          stoppedFrom: ym(last.stoppedFrom),
          resumeFrom: last.resumeFrom ? ym(last.resumeFrom) : null,
          monthsResumed: last.monthsResumed,
          byStaff: last.byStaff,
          staff: staffAsker ? { name: staffAsker.name, note: last.staffNote ?? "" } : null,
        }
      : null,
    renewal: assignment
      ? {
          offeredFrom: periodEndingNoticeOn(assignment.periodTo),
          offered: renewedBy === null && renewalOffered(assignment.periodTo, today),
        }
      : null,
    renewedBy,
    paidEarlier,
    rejections,
  };
}

/** The months the bank rejected (see `PaymentMonthsView.rejections`), from their orders; few per application. */
async function loadRejections(
  db: Db,
  applicationId: string,
  rows: readonly (MonthRow & { id: string })[],
  today: IsoDate,
): Promise<MonthRejection[]> {
  const [orders, accountOpen] = await Promise.all([
    db.paymentOrder.findMany({
      where: { applicationId, kind: "MONTHLY", entitlementId: { not: null } },
      orderBy: { attempt: "asc" },
      select: { entitlementId: true, attempt: true, status: true, reasonCode: true, payrollMonth: true },
    }),
    db.bankAccountOrder.count({ where: { applicationId, status: "OPENED" } }),
  ]);
  return rows.flatMap((r): MonthRejection[] => {
    const own = orders.filter((o) => o.entitlementId === r.id);
    const rejected = own.filter((o) => o.status === "REJECTED");
    const latest = own[own.length - 1];
    const lastRejected = rejected[rejected.length - 1];
    if (!lastRejected || !latest) return [];
    const open = r.status === "REJECTED" && latest === lastRejected;
    // The payroll that follows the one that was rejected (never the same month's: the family has time to unblock
    // its card), not before the month itself; an order with no payroll month goes with the next payroll from today.
    const after = lastRejected.payrollMonth
      ? addMonthsToYearMonth(ym(lastRejected.payrollMonth), 1)
      : addMonthsToYearMonth(monthOf(today), 1);
    const retries =
      open && accountOpen > 0 && afterRejection(lastRejected.reasonCode, lastRejected.attempt) === "RESEND";
    return [
      {
        entitlementId: r.id,
        month: r.month,
        times: rejected.length,
        reasonCode: lastRejected.reasonCode,
        open,
        retryWith: retries ? (after > r.month ? after : r.month) : null,
      },
    ];
  });
}
