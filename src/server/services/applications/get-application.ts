import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

/**
 * One application with its family and timeline, if it is in the caller's scope; otherwise "not found", so
 * that the answer does not reveal that someone else's application exists. Every staff read is audited.
 */
export async function getApplication(db: Db, user: SessionUser, applicationId: string) {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(user)] },
    include: {
      members: { orderBy: { position: "asc" } },
      statusChanges: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      district: true,
    },
  });
  if (!application) throw new AppError("notFound");
  if (user.role !== "CITIZEN") {
    await recordAudit(db, {
      actor: user,
      action: "application.read",
      entity: "Application",
      entityId: application.id,
      applicationId: application.id,
      districtCode: application.districtCode,
    });
  }
  return application;
}
