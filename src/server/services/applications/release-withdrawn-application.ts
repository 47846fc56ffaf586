import type { Db } from "@/server/db/create-client";

/**
 * After a withdrawal: cancels the visits still planned, so the inspectors' days free up at once. The application
 * chain itself ends at its next step, which finds the application WITHDRAWN (the local engine has no cancelOn).
 */
export async function releaseWithdrawnApplication(
  db: Db,
  opts: { applicationId: string },
): Promise<{ cancelledVisits: number }> {
  const app = await db.application.findUnique({ where: { id: opts.applicationId }, select: { status: true } });
  if (app?.status !== "WITHDRAWN") return { cancelledVisits: 0 };
  const { count } = await db.inspection.updateMany({
    where: { applicationId: opts.applicationId, status: "SCHEDULED" },
    data: { status: "CANCELLED", note: "APPLICATION_WITHDRAWN" },
  });
  return { cancelledVisits: count };
}
