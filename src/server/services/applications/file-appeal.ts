import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { pickAppealSupervisor } from "@/server/services/appeals/pick-appeal-supervisor";
import type { FileAppealRequest } from "./application-wizard.types";

/**
 * The citizen appeals the final decision on their application, with a written reason. The agency hears one appeal
 * per decision; a decision that answers an appeal is challenged in court, which the refusal's message explains.
 */
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
        decisions: {
          where: { final: true },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { id: true, appeals: { select: { id: true } }, answersAppeal: { select: { id: true } } },
        },
      },
    });
    if (!app) throw new AppError("notFound");
    const decision = app.decisions[0];
    if (!decision || (app.status !== "ASSIGNED" && app.status !== "REFUSED")) throw new AppError("notAppealable");
    if (decision.answersAppeal) throw new AppError("appealAlreadyAnswered");
    if (decision.appeals.length > 0) throw new AppError("appealExists");
    const supervisorId = await pickAppealSupervisor(tx, app);
    return tx.appeal.create({
      data: { applicationId: app.id, decisionId: decision.id, reason: request.reason, supervisorId, submittedAt: now },
      select: { id: true, status: true, submittedAt: true },
    });
  });
}
