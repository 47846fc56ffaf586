import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/server/auth/session-user";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

/** The applications in the caller's scope, newest first, without personal data beyond the applicant's name. */
export async function listApplications(db: Db, user: SessionUser, opts: { take?: number } = {}) {
  const rows = await db.application.findMany({
    where: applicationScope(user),
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 50,
    select: {
      id: true,
      registrationNumber: true,
      status: true,
      districtCode: true,
      applicationDate: true,
      decisionDueOn: true,
      createdAt: true,
      applicant: { select: { name: true } },
    },
  });
  if (user.role !== "CITIZEN" && rows.length > 0) {
    await recordAudit(db, {
      actor: user,
      action: "application.list",
      entity: "Application",
      districtCode: user.districtCode,
      details: { count: rows.length },
    });
  }
  return rows;
}
