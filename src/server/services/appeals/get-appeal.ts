import type { Decision } from "@/generated/prisma/client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { decisionFigures } from "@/server/services/decisions/decision-figures";
import { parseStoredReasons } from "@/server/services/decisions/stored-reasons";
import { appealLocale } from "./appeal-locale";
import { assignedAppeal } from "./appeal-scope";
import { peopleInvolvedIn } from "./decision-involvement";
import { eligibleAppealHandlers } from "./reassign-appeal";

const iso = (d: Date | null) => (d ? calendarDateFromDb(d) : null);

function decisionView(
  d: Pick<
    Decision,
    | "id"
    | "outcome"
    | "memberCount"
    | "criterionQepik"
    | "incomeQepik"
    | "amountQepik"
    | "periodFrom"
    | "periodTo"
    | "effectiveFrom"
    | "reasons"
    | "createdAt"
  >,
) {
  return {
    id: d.id,
    outcome: d.outcome === "ASSIGN" ? ("ASSIGN" as const) : ("REFUSE" as const),
    ...decisionFigures(d),
    /** A decision during the period (a reported change, a finding) rules from this day to the period's end. */
    effectiveFrom: iso(d.effectiveFrom),
    reasons: parseStoredReasons(d.reasons).map((r) => ({ code: r.code, kind: r.kind, message: r.message })),
  };
}

/**
 * An appeal for the supervisor it is assigned to: the family's reason, the appealed decision with its figures
 * and reasons, and the answer once given. The family's words are personal data, so the read is audited; any
 * other appeal (another supervisor's, another district's) reads as not found.
 */
export async function getAppeal(db: Db, user: SessionUser, appealId: string) {
  if (user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const appeal = await db.appeal.findFirst({
    where: assignedAppeal(user, appealId),
    include: {
      decision: true,
      answerDecision: true,
      application: {
        select: {
          id: true,
          registrationNumber: true,
          districtCode: true,
          applicationDate: true,
          locale: true,
          applicant: { select: { name: true } },
        },
      },
    },
  });
  if (!appeal) throw new AppError("notFound");
  await recordAudit(db, {
    actor: user,
    action: "appeal.read",
    entity: "Appeal",
    entityId: appeal.id,
    applicationId: appeal.application.id,
    districtCode: appeal.application.districtCode,
  });
  const [involvedIds, recorder] = await Promise.all([
    peopleInvolvedIn(db, appeal.application.id, appeal.answerDecisionId),
    appeal.recordedById ? db.user.findUnique({ where: { id: appeal.recordedById }, select: { name: true } }) : null,
  ]);
  const involved = involvedIds.has(user.id);
  return {
    appeal: {
      id: appeal.id,
      status: appeal.status,
      reason: appeal.reason,
      submittedAt: appeal.submittedAt,
      answeredAt: appeal.answeredAt,
      answerKind: appeal.answerKind,
      /** Brought to the office in writing and recorded by staff: who, and their note (as in the case file). */
      atOffice: appeal.recordedById ? { by: recorder?.name ?? "—", note: appeal.staffNote ?? "" } : null,
      /** The language the family wrote it in: the explanation is asked in it; the answer's message and letter too. */
      locale: appealLocale(appeal, appeal.application),
    },
    application: {
      id: appeal.application.id,
      registrationNumber: appeal.application.registrationNumber,
      applicantName: appeal.application.applicant.name,
      applicationDate: iso(appeal.application.applicationDate),
      /** The application's language, for its other messages and letters (the answer's go in `appeal.locale`). */
      locale: appeal.application.locale,
    },
    appealed: decisionView(appeal.decision),
    answer: appeal.answerDecision ? decisionView(appeal.answerDecision) : null,
    viewer: { canAnswer: appeal.status === "OPEN" && !involved },
    /** Who the appeal may be handed over to while it is open (same district, no hand in the decision). */
    handoverTo:
      appeal.status === "OPEN" ? await eligibleAppealHandlers(db, appeal.application, appeal.supervisorId) : [],
  };
}
