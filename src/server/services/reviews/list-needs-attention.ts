import type { Db } from "@/server/db/create-client";
import { OPEN_STATUSES } from "@/kernel/application-statuses";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";

import { AppError } from "@/server/errors";

import { applicationScope } from "@/server/services/access/application-scope";

import { BANK_WAIT_MS } from "@/server/services/bank/bank-wait";
import { CHAIN_STOPPED_ACTION } from "@/server/services/applications/record-chain-stopped";
import { MAX_PAYMENT_ATTEMPTS, TRANSIENT_REJECTIONS } from "@/server/domain/payments/rejection";
import { calendarDateFromDb } from "@/server/db/calendar-date";

export type AttentionKind =
  | "BANK_NOT_OPENED"
  | "VISIT_WITHOUT_INSPECTOR"
  | "DECISION_LATE"
  | "PAYMENTS_STOPPED"
  | "PAYMENT_REJECTED"
  | "CHAIN_STOPPED";

export interface AttentionRow {
  kind: AttentionKind;
  applicationId: string;
  registrationNumber: string | null;
  applicantName: string;
  /**
   * When the problem began: the bank order, the visit's booking, the day after the decision was due, the first month
   * stopped, or when the background run gave up.
   */
  since: Date;
  /**
   * The bank's last error code, for BANK_NOT_OPENED; the month and the bank's reason, for PAYMENT_REJECTED; the
   * error's class, for CHAIN_STOPPED.
   */
  detail: string | null;
}

/**
 * Cases of the district the background chain cannot move on its own, for its caseworkers and supervisors: a card
 * account the bank refused or never answered (staff may order it again), a home visit nobody could be booked for,
 * a decision past its 15-working-day deadline, and an open application whose background run failed for good. The
 * chain records each in the audit trail; this list is where a person sees them. Not audited here: its one reader,
 * `listAttention`, writes one row for the page it is part of.
 */
export async function listNeedsAttention(db: Db, user: SessionUser, now: Date): Promise<AttentionRow[]> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const scope = applicationScope(user);
  // As long as the chain waits for the bank: after that nobody else will look.
  const bankDeadline = new Date(now.getTime() - BANK_WAIT_MS);
  const today = new Date(`${bakuDate(now)}T00:00:00Z`);
  const [orders, visits, late, stopped, rejected, chainStopped] = await Promise.all([
    db.bankAccountOrder.findMany({
      where: {
        application: scope,
        // The order of the decision in force; one an appeal's answer replaced is history.
        decision: { supersededBy: { is: null } },
        OR: [
          // A refused round counts only while no round of the decision is waiting or opened (staff ordered again).
          { status: "FAILED", decision: { bankOrders: { none: { status: { in: ["PENDING", "SENT", "OPENED"] } } } } },
          { status: { in: ["PENDING", "SENT"] }, requestedAt: { lt: bankDeadline } },
        ],
      },
      select: {
        id: true,
        requestedAt: true,
        lastError: true,
        application: { select: { id: true, registrationNumber: true, applicant: { select: { name: true } } } },
        decision: { select: { bankOrders: { orderBy: { round: "desc" }, take: 1, select: { id: true } } } },
      },
      take: 100,
    }),
    db.inspection.findMany({
      where: { status: "SCHEDULED", inspectorId: null, application: { ...scope, status: { in: [...OPEN_STATUSES] } } },
      select: {
        createdAt: true,
        application: { select: { id: true, registrationNumber: true, applicant: { select: { name: true } } } },
      },
      take: 100,
    }),
    db.application.findMany({
      where: { ...scope, status: { in: [...OPEN_STATUSES] }, decisionDueOn: { lt: today } },
      select: { id: true, registrationNumber: true, decisionDueOn: true, applicant: { select: { name: true } } },
      take: 100,
    }),
    listStoppedPayments(db, scope),
    listRejectedPayments(db, scope),
    listStoppedChains(db, scope),
  ]);
  const rows: AttentionRow[] = [
    // One row per decision, its latest round: earlier refused rounds are history.
    ...orders
      .filter((o) => o.decision.bankOrders[0]?.id === o.id)
      .map((o) => ({
        kind: "BANK_NOT_OPENED" as const,
        applicationId: o.application.id,
        registrationNumber: o.application.registrationNumber,
        applicantName: o.application.applicant.name,
        since: o.requestedAt,
        detail: o.lastError,
      })),
    ...visits.map((v) => ({
      kind: "VISIT_WITHOUT_INSPECTOR" as const,
      applicationId: v.application.id,
      registrationNumber: v.application.registrationNumber,
      applicantName: v.application.applicant.name,
      since: v.createdAt,
      detail: null,
    })),
    ...late.map((a) => ({
      kind: "DECISION_LATE" as const,
      applicationId: a.id,
      registrationNumber: a.registrationNumber,
      applicantName: a.applicant.name,
      since: new Date((a.decisionDueOn ?? today).getTime() + 86_400_000),
      detail: null,
    })),
    ...stopped,
    ...rejected,
    ...chainStopped,
  ].sort((a, b) => a.since.getTime() - b.since.getTime());
  return rows;
}

/**
 * Open applications whose background run failed for good (recordChainStopped): nothing moves them until the operator
 * replays the run (docs/operations.md), so the district sees them until they are decided or withdrawn.
 */
async function listStoppedChains(db: Db, scope: ReturnType<typeof applicationScope>): Promise<AttentionRow[]> {
  // Few rows (a run fails for good rarely), found by the (action, at) index; their applications are then scoped.
  const stops = await db.auditLog.findMany({
    where: { action: CHAIN_STOPPED_ACTION },
    select: { at: true, applicationId: true, details: true },
    orderBy: { at: "desc" },
    take: 500,
  });
  const latest = new Map<string, (typeof stops)[number]>();
  for (const s of stops) if (s.applicationId && !latest.has(s.applicationId)) latest.set(s.applicationId, s);
  if (latest.size === 0) return [];
  const apps = await db.application.findMany({
    where: { ...scope, id: { in: [...latest.keys()] }, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, registrationNumber: true, applicant: { select: { name: true } } },
    take: 100,
  });
  return apps.map((a) => ({
    kind: "CHAIN_STOPPED" as const,
    applicationId: a.id,
    registrationNumber: a.registrationNumber,
    applicantName: a.applicant.name,
    since: latest.get(a.id)?.at ?? new Date(0),
    // The error's class only (the run id is for the operator, in the audit row).
    detail: chainStopError(latest.get(a.id)?.details),
  }));
}

function chainStopError(details: unknown): string | null {
  if (typeof details !== "object" || details === null || !("error" in details)) return null;
  return typeof details.error === "string" ? details.error : null;
}

/**
 * Families whose payments the 2-month stop stopped (docs/payments.md) and that are not paid again since (no month
 * after the first one stopped is planned, ordered or credited): staff see them until the family asks to resume.
 */
async function listStoppedPayments(db: Db, scope: ReturnType<typeof applicationScope>): Promise<AttentionRow[]> {
  const firstStopped = await db.monthlyEntitlement.groupBy({
    by: ["applicationId"],
    where: { status: "STOPPED", application: scope },
    _min: { month: true },
    take: 100,
    orderBy: { applicationId: "asc" },
  });
  if (firstStopped.length === 0) return [];
  const apps = await db.application.findMany({
    where: { id: { in: firstStopped.map((s) => s.applicationId) } },
    select: {
      id: true,
      registrationNumber: true,
      applicant: { select: { name: true } },
      entitlements: { where: { status: { in: ["PLANNED", "ORDERED", "CREDITED"] } }, select: { month: true } },
    },
  });
  const byId = new Map(apps.map((a) => [a.id, a]));
  return firstStopped.flatMap((s) => {
    const app = byId.get(s.applicationId);
    const from = s._min.month;
    if (!app || !from || app.entitlements.some((e) => e.month > from)) return [];
    return [
      {
        kind: "PAYMENTS_STOPPED" as const,
        applicationId: app.id,
        registrationNumber: app.registrationNumber,
        applicantName: app.applicant.name,
        since: from,
        detail: null,
      },
    ];
  });
}

/**
 * Months the bank rejected that the payroll will not send again (docs/payments.md, "A rejected payment"): the
 * second rejection, or a reason that does not pass by itself. Shown until the month is paid or cancelled, once per
 * month: from its latest order (a month staff sent again and the bank rejected again has several).
 */
async function listRejectedPayments(db: Db, scope: ReturnType<typeof applicationScope>): Promise<AttentionRow[]> {
  const orders = await db.paymentOrder.findMany({
    where: {
      kind: "MONTHLY",
      status: "REJECTED",
      application: scope,
      entitlement: { status: "REJECTED" },
      OR: [
        { attempt: { gte: MAX_PAYMENT_ATTEMPTS } },
        { reasonCode: null },
        { reasonCode: { notIn: [...TRANSIENT_REJECTIONS] } },
      ],
    },
    select: {
      applicationId: true,
      entitlementId: true,
      attempt: true,
      reasonCode: true,
      answeredAt: true,
      createdAt: true,
      entitlement: { select: { month: true } },
      application: { select: { registrationNumber: true, applicant: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const latest = new Map<string | null, (typeof orders)[number]>();
  for (const o of orders) if ((latest.get(o.entitlementId)?.attempt ?? 0) < o.attempt) latest.set(o.entitlementId, o);
  return [...latest.values()].map((o) => ({
    kind: "PAYMENT_REJECTED" as const,
    applicationId: o.applicationId,
    registrationNumber: o.application.registrationNumber,
    applicantName: o.application.applicant.name,
    since: o.answeredAt ?? o.createdAt,
    detail: `${o.entitlement ? calendarDateFromDb(o.entitlement.month).slice(0, 7) : ""} ${o.reasonCode ?? ""}`.trim(),
  }));
}
