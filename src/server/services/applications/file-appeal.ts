import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { actsForFamilyAtOffice } from "@/server/services/access/office-actor";
import { pickAppealSupervisor } from "@/server/services/appeals/pick-appeal-supervisor";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { FileAppealRequest } from "./application-wizard.types";

/**
 * The citizen appeals the final decision on their application, with a written reason. The agency hears one appeal
 * per decision; a decision that answers an appeal is challenged in court, which the refusal's message explains.
 * A family may also bring its appeal to the district office in writing: a caseworker or supervisor of the district
 * records it, the family's words as the reason, with a short note of how it came (`staffNote`, required of staff,
 * refused from the family; audited). The appeal keeps the language it is written in (`request.locale`: the page the
 * family filed it from, or the one staff chose), which the supervisor answers in and the answer's message goes in.
 * Another district's application is "not found", as for any read.
 */
export async function fileAppeal(db: Db, user: SessionUser, request: FileAppealRequest, now: Date, staffNote?: string) {
  const byStaff = actsForFamilyAtOffice(user, staffNote);
  return db.$transaction(async (tx) => {
    // One appeal per decision: a second tap waits here and then finds the first appeal.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal:${request.applicationId}`}))`;
    const app = await tx.application.findFirst({
      where: { AND: [{ id: request.applicationId }, applicationScope(user)] },
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
    const appeal = await tx.appeal.create({
      data: {
        applicationId: app.id,
        decisionId: decision.id,
        reason: request.reason,
        supervisorId,
        submittedAt: now,
        recordedById: byStaff ? user.id : null,
        staffNote: byStaff ? staffNote : null,
        locale: request.locale ?? null,
      },
      select: { id: true, status: true, submittedAt: true },
    });
    if (byStaff)
      await recordAudit(tx, {
        actor: user,
        action: "appeal.recordAtOffice",
        entity: "Appeal",
        entityId: appeal.id,
        applicationId: app.id,
        districtCode: app.districtCode,
        // The family's words and the staff's note stay on the appeal, as free text may name the family.
        details: { decisionId: decision.id },
      });
    return appeal;
  });
}
