import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

/**
 * The open appeals assigned to this supervisor (never to the one who decided: `fileAppeal` picks another),
 * oldest first — including those sent from another district of the region or the country when no one there was free
 * of the case. The appeal's reason is the family's own words, so the read is audited.
 */
export async function listAssignedAppeals(db: Db, user: SessionUser) {
  if (user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const rows = await db.appeal.findMany({
    where: { supervisorId: user.id, status: "OPEN" },
    // The id breaks a tie, so two appeals filed in the same millisecond keep their places from one read to the next.
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reason: true,
      submittedAt: true,
      decision: { select: { outcome: true } },
      application: { select: { id: true, registrationNumber: true, applicant: { select: { name: true } } } },
    },
  });
  if (rows.length > 0) {
    await recordAudit(db, {
      actor: user,
      action: "appeal.list",
      entity: "Appeal",
      districtCode: user.districtCode,
      details: { count: rows.length },
    });
  }
  return rows.map((r) => ({
    appealId: r.id,
    applicationId: r.application.id,
    registrationNumber: r.application.registrationNumber,
    applicantName: r.application.applicant.name,
    decisionOutcome: r.decision.outcome,
    reason: r.reason,
    submittedAt: r.submittedAt,
  }));
}
