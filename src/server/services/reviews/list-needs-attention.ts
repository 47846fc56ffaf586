import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/server/auth/session-user";
import { bakuDate } from "@/lib/baku-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { OPEN_STATUSES } from "@/server/services/chain/advance-status";

/** As long as the chain waits for the bank (BANK_WAIT_ROUNDS × BANK_WAIT_ROUND): after that nobody else will look. */
export const BANK_ANSWER_DAYS = 5;

export type AttentionKind = "BANK_NOT_OPENED" | "VISIT_WITHOUT_INSPECTOR" | "DECISION_LATE";

export interface AttentionRow {
  kind: AttentionKind;
  applicationId: string;
  registrationNumber: string | null;
  /** When the problem began: the bank order, the visit's booking, or the day after the decision was due. */
  since: Date;
  /** The bank's last error code, for BANK_NOT_OPENED. */
  detail: string | null;
}

/**
 * Cases of the district the background chain cannot move on its own, for its caseworkers and supervisors: a card
 * account the bank refused or never answered, a home visit nobody could be booked for, and a decision past its
 * 15-working-day deadline. The chain records each in the audit trail; this list is where a person sees them.
 */
export async function listNeedsAttention(db: Db, user: SessionUser, now: Date): Promise<AttentionRow[]> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const scope = applicationScope(user);
  const bankDeadline = new Date(now.getTime() - BANK_ANSWER_DAYS * 86_400_000);
  const today = new Date(`${bakuDate(now)}T00:00:00Z`);
  const [orders, visits, late] = await Promise.all([
    db.bankAccountOrder.findMany({
      where: { application: scope, OR: [{ status: "FAILED" }, { status: { in: ["PENDING", "SENT"] }, requestedAt: { lt: bankDeadline } }] },
      select: { requestedAt: true, lastError: true, application: { select: { id: true, registrationNumber: true } } },
      take: 100,
    }),
    db.inspection.findMany({
      where: { status: "SCHEDULED", inspectorId: null, application: { ...scope, status: { in: [...OPEN_STATUSES] } } },
      select: { createdAt: true, application: { select: { id: true, registrationNumber: true } } },
      take: 100,
    }),
    db.application.findMany({
      where: { ...scope, status: { in: [...OPEN_STATUSES] }, decisionDueOn: { lt: today } },
      select: { id: true, registrationNumber: true, decisionDueOn: true },
      take: 100,
    }),
  ]);
  const rows: AttentionRow[] = [
    ...orders.map((o) => ({ kind: "BANK_NOT_OPENED" as const, applicationId: o.application.id, registrationNumber: o.application.registrationNumber, since: o.requestedAt, detail: o.lastError })),
    ...visits.map((v) => ({ kind: "VISIT_WITHOUT_INSPECTOR" as const, applicationId: v.application.id, registrationNumber: v.application.registrationNumber, since: v.createdAt, detail: null })),
    ...late.map((a) => ({ kind: "DECISION_LATE" as const, applicationId: a.id, registrationNumber: a.registrationNumber, since: new Date((a.decisionDueOn ?? today).getTime() + 86_400_000), detail: null })),
  ].sort((a, b) => a.since.getTime() - b.since.getTime());
  if (rows.length > 0) {
    await recordAudit(db, { actor: user, action: "attention.list", entity: "Application", districtCode: user.districtCode, details: { count: rows.length } });
  }
  return rows;
}
