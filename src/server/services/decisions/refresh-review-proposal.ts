import { explainReasons } from "@/server/content/reasons/reason-message";
import type { Outcome, Prisma } from "@/generated/prisma/client";
import { isOpenStatus } from "@/kernel/application-statuses";
import type { Db } from "@/server/db/create-client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { lockApplication } from "@/server/services/applications/advance-status";
import { engineInspectionOf } from "@/server/services/inspections/engine-inspection-of";
import { assessApplication } from "./assess-application";
import { proposalOf } from "./proposal-of";

export type RefreshResult = { rerun: false } | { rerun: true; decisionId: string; proposedOutcome: Outcome };

const json = (value: unknown) => value as Prisma.InputJsonValue;

/**
 * Runs the engine again on an open case that waits for a person, after its data changed (facts a caseworker
 * entered by hand): the engine's REVIEW proposal gets the new figures, reasons and proposed outcome, and stays a
 * proposal for the reviewer to answer. A case the engine has not decided yet needs nothing (it reads the stored
 * answers when it decides); a decided or closed case is not decided again here.
 */
export async function refreshReviewProposal(db: Db, applicationId: string): Promise<RefreshResult> {
  const proposal = await db.decision.findFirst({
    where: { applicationId, decidedBy: "SYSTEM", supersedesId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, outcome: true, final: true, supersededBy: { select: { id: true } } },
  });
  if (!proposal || proposal.final || proposal.outcome !== "REVIEW" || proposal.supersededBy) return { rerun: false };
  const { assessment, staffEntered, memberNames } = await assessApplication(db, {
    applicationId,
    inspection: await engineInspectionOf(db, applicationId),
  });
  const { figures } = assessment;
  const proposed = proposalOf(assessment);
  return db.$transaction(async (tx): Promise<RefreshResult> => {
    const app = await lockApplication(tx, applicationId);
    if (!app || !isOpenStatus(app.status)) return { rerun: false };
    // Under the lock: a review answered meanwhile has superseded the proposal, which then stays as it was.
    const updated = await tx.decision.updateMany({
      where: { id: proposal.id, final: false, supersededBy: { is: null } },
      data: {
        proposedOutcome: proposed,
        memberCount: figures.memberCount,
        criterionQepik: figures.needCriterionQepik,
        incomeQepik: figures.averageMonthlyIncomeQepik,
        amountQepik: proposed === "REFUSE" ? null : figures.amountQepik,
        periodFrom: figures.period ? calendarDateToDb(figures.period.from) : null,
        periodTo: figures.period ? calendarDateToDb(figures.period.to) : null,
        reasons: json(explainReasons(assessment.reasons, memberNames)),
        rulesChecked: json(assessment.rulesChecked),
        figures: json({ ...figures, engineVersion: assessment.engineVersion, staffEntered }),
      },
    });
    return updated.count === 1 ? { rerun: true, decisionId: proposal.id, proposedOutcome: proposed } : { rerun: false };
  });
}
