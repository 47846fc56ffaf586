import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";

/**
 * The district's facts entered by hand that wait for a supervisor's confirmation, oldest first, with the family's
 * name and who entered them. No personal data beyond the list's names, so it is not an audited read.
 */
export async function listPendingAgencyData(db: Db, user: SessionUser) {
  if (user.role !== "SUPERVISOR" && user.role !== "CASEWORKER") throw new AppError("forbidden");
  const rows = await db.manualAgencyEntry.findMany({
    where: { status: "PENDING", application: applicationScope(user) },
    orderBy: { enteredAt: "asc" },
    take: 200,
    include: {
      enteredBy: { select: { name: true } },
      application: { select: { id: true, registrationNumber: true, applicant: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    entryId: r.id,
    applicationId: r.application.id,
    registrationNumber: r.application.registrationNumber,
    applicantName: r.application.applicant.name,
    agency: r.agency,
    enteredBy: r.enteredBy.name,
    enteredAt: r.enteredAt,
    outcomeWithout: r.outcomeWithout,
    outcomeWith: r.outcomeWith,
    canDecide: user.role === "SUPERVISOR" && r.enteredById !== user.id,
  }));
}
