import type { Db } from "@/server/db/create-client";

/**
 * Who is told that a change report's reassessment waits in review: the active caseworkers of the family's district
 * (its supervisors when it has none), as for the chain's review (open-case-review.ts). Empty when the report is no
 * longer in review (answered meanwhile, or a retried step after the answer).
 */
export async function findChangeReviewers(db: Db, reportId: string): Promise<{ staffUserIds: string[] }> {
  const report = await db.changeReport.findUnique({
    where: { id: reportId },
    select: { status: true, applicationId: true },
  });
  if (!report || report.status !== "IN_REVIEW") return { staffUserIds: [] };
  const app = await db.application.findUnique({ where: { id: report.applicationId }, select: { districtCode: true } });
  if (!app?.districtCode) return { staffUserIds: [] };
  const staff = await db.user.findMany({
    where: { districtCode: app.districtCode, active: true, role: { in: ["CASEWORKER", "SUPERVISOR"] } },
    select: { id: true, role: true },
    orderBy: { id: "asc" },
  });
  const caseworkers = staff.filter((s) => s.role === "CASEWORKER");
  return { staffUserIds: (caseworkers.length > 0 ? caseworkers : staff).map((s) => s.id) };
}
