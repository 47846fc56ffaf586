import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";
import { peopleInvolvedIn } from "@/server/services/appeals/decision-involvement";
import type { FileAppealRequest } from "./application-wizard.types";

/**
 * The supervisors of the district who had no hand in the decision (RULES.md, appeal): not its author, nor the
 * reviewer or confirmer of a review of it. The least busy of them gets the appeal; none, when there is none.
 */
async function pickSupervisor(tx: Prisma.TransactionClient, districtCode: string | null, decision: { id: string; decidedBy: string }) {
  if (!districtCode) return null;
  const involved = await peopleInvolvedIn(tx, decision);
  const candidates = await tx.user.findMany({
    where: { role: "SUPERVISOR", active: true, districtCode, id: { notIn: [...involved] } },
    select: { id: true, _count: { select: { appealsHandled: { where: { status: "OPEN" } } } } },
    orderBy: { id: "asc" },
  });
  candidates.sort((a, b) => a._count.appealsHandled - b._count.appealsHandled);
  return candidates[0]?.id ?? null;
}

/** The citizen appeals the final decision on their application, with a written reason. */
export async function fileAppeal(db: Db, user: SessionUser, request: FileAppealRequest, now: Date) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    // One appeal per decision: a second tap waits here and then finds the first appeal.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal:${request.applicationId}`}))`;
    const app = await tx.application.findFirst({
      where: { id: request.applicationId, applicantId: user.id },
      select: {
        id: true,
        status: true,
        districtCode: true,
        decisions: { where: { final: true }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true, decidedBy: true, appeals: { select: { id: true } } } },
      },
    });
    if (!app) throw new AppError("notFound");
    const decision = app.decisions[0];
    if (!decision || (app.status !== "ASSIGNED" && app.status !== "REFUSED")) throw new AppError("notAppealable");
    if (decision.appeals.length > 0) throw new AppError("appealExists");
    const supervisorId = await pickSupervisor(tx, app.districtCode, decision);
    return tx.appeal.create({
      data: { applicationId: app.id, decisionId: decision.id, reason: request.reason, supervisorId, submittedAt: now },
      select: { id: true, status: true, submittedAt: true },
    });
  });
}
