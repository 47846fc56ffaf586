import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import type { AppealAnswer } from "@/lib/review/appeal-answer";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { advanceStatusIn, lockApplication } from "@/server/services/applications/advance-status";
import type { AnnounceAppealAnswer } from "./announce-appeal-answer";
import { assignedAppeal } from "./appeal-scope";
import { answeredDecision } from "./answered-decision";
import { appealedReportDay } from "./appealed-report-day";
import { peopleInvolvedIn } from "./decision-involvement";

export interface AppealAnswered {
  appealId: string;
  applicationId: string;
  decisionId: string;
  outcome: "ASSIGN" | "REFUSE";
}

/**
 * The supervisor the appeal is assigned to answers it with a new, explained final decision that supersedes the
 * appealed one (RULES.md, appeal). Everything is one transaction behind a conditional OPEN → ANSWERED update, so
 * a double submit or two answers at once make exactly one decision; a refused answer changes nothing.
 */
export async function answerAppeal(
  db: Db,
  user: SessionUser,
  answer: AppealAnswer,
  now: Date,
  deps: { announce: AnnounceAppealAnswer },
): Promise<AppealAnswered> {
  if (user.role !== "SUPERVISOR") throw new AppError("forbidden");

  const result = await db.$transaction(async (tx): Promise<AppealAnswered> => {
    const appeal = await tx.appeal.findFirst({
      where: assignedAppeal(user, answer.appealId),
      include: { decision: true, application: { select: { applicationDate: true } } },
    });
    if (!appeal) throw new AppError("notFound");
    // The application's row lock serializes two answers at once: the second waits here for the first to commit.
    const app = await lockApplication(tx, appeal.applicationId);
    if (!app || (app.status !== "ASSIGNED" && app.status !== "REFUSED")) throw new AppError("appealNotOpen");
    // Read again under the lock, and before the independence check: the decision of a concurrent answer that
    // committed first would otherwise make this supervisor "involved" and turn appealNotOpen into forbidden.
    const current = await tx.appeal.findUniqueOrThrow({ where: { id: appeal.id }, select: { status: true } });
    if (current.status !== "OPEN") throw new AppError("appealNotOpen");
    // Checked again at answer time: a supervisor may have confirmed a review on the application since the assignment.
    if ((await peopleInvolvedIn(tx, appeal.applicationId, appeal.answerDecisionId)).has(user.id))
      throw new AppError("forbidden");
    const applicationDate = appeal.application.applicationDate;
    // A decided application always has its date; without one there is no period of law to assign for.
    if (!applicationDate) throw new Error(`appeal ${appeal.id}: the application has no application date`);
    const decided = answeredDecision(
      appeal.decision,
      answer,
      { appealId: appeal.id, supervisorId: user.id },
      calendarDateFromDb(applicationDate),
      await appealedReportDay(tx, appeal.decision),
    );

    // Conditional as well: exactly one answer even should another writer change the appeal without the lock.
    const { count } = await tx.appeal.updateMany({
      where: { id: appeal.id, status: "OPEN" },
      data: { status: "ANSWERED", answeredAt: now, answerKind: answer.answer },
    });
    if (count === 0) throw new AppError("appealNotOpen");

    const appealed = appeal.decision;
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        outcome: decided.outcome,
        memberCount: appealed.memberCount,
        criterionQepik: appealed.criterionQepik,
        incomeQepik: decided.incomeQepik,
        amountQepik: decided.amountQepik,
        periodFrom: decided.periodFrom,
        periodTo: decided.periodTo,
        effectiveFrom: decided.effectiveFrom,
        reasons: decided.reasons as unknown as Prisma.InputJsonValue,
        rulesChecked: appealed.rulesChecked as Prisma.InputJsonValue,
        // The counted members are unchanged, so next year's repeat rule compares with them as before.
        figures: (appealed.figures ?? undefined) as Prisma.InputJsonValue | undefined,
        decidedBy: user.id,
        final: true,
        supersedesId: appealed.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.appeal.update({ where: { id: appeal.id }, data: { answerDecisionId: decision.id } });
    await advanceStatusIn(tx, app, {
      from: ["REFUSED", "ASSIGNED"],
      to: decided.outcome === "ASSIGN" ? "ASSIGNED" : "REFUSED",
      now,
      actorUserId: user.id,
      note: `appeal ${appeal.id}`,
    });
    await recordAudit(tx, {
      actor: user,
      action: "appeal.answer",
      entity: "Appeal",
      entityId: appeal.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      details: {
        answer: answer.answer,
        appealedDecisionId: appealed.id,
        decisionId: decision.id,
        outcome: decided.outcome,
        amountQepik: decided.amountQepik,
        correctedIncomeQepik: answer.correctedIncomeQepik,
      },
    });
    return { appealId: appeal.id, applicationId: app.id, decisionId: decision.id, outcome: decided.outcome };
  });

  await deps.announce(result.applicationId, result.appealId);
  return result;
}
