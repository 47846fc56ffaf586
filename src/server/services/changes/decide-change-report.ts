import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { reassessedAssignment } from "@/server/domain/changes/period-changes";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { lockApplication } from "@/server/services/applications/advance-status";
import { recordAudit } from "@/server/services/audit/record-audit";
import { announceOrRecord } from "@/server/services/audit/announce-or-record";
import { parseStoredReasons, reviewerReason } from "@/server/services/decisions/stored-reasons";
import type { AnnouncePeriodDecision } from "./announce-change";
import { writePeriodDecision } from "./period-decision";
import { reasonsInForce } from "./period-reasons";
import { currentFinalDecision, runningPeriod } from "./running-decision";

export interface DecideChangeReportRequest {
  reportId: string;
  outcome: "ASSIGN" | "REFUSE";
  /** The person's written reason; shown to the family as written. */
  reason: string;
}

/**
 * A reassessment the engine could not decide alone (REVIEW) is answered by a caseworker or supervisor of the
 * family's district, like the chain's review. Answering as the engine proposed is one person's call; answering
 * otherwise overrides the engine and is a supervisor's (the second pair of eyes the chain's review asks for).
 * The answer is the new final decision, from the 1st of next month. Audited.
 */
export async function decideChangeReport(
  db: Db,
  user: SessionUser,
  request: DecideChangeReportRequest,
  now: Date,
  deps: { announce: AnnouncePeriodDecision },
) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const today = bakuDate(now);
  const result = await db.$transaction(async (tx) => {
    const report = await tx.changeReport.findUnique({ where: { id: request.reportId } });
    const scoped = report
      ? await tx.application.findFirst({
          where: { id: report.applicationId, ...applicationScope(user) },
          select: { id: true },
        })
      : null;
    if (!report || !scoped) throw new AppError("notFound");
    const app = await lockApplication(tx, report.applicationId);
    const fresh = await tx.changeReport.findUniqueOrThrow({ where: { id: report.id } });
    // Answered meanwhile: said as such, not as a case without a decision, to the one who came second.
    if (fresh.status === "DECIDED" || fresh.status === "CLOSED") throw new AppError("changeReportAnswered");
    if (!app || fresh.status !== "IN_REVIEW" || !fresh.proposalId) throw new AppError("caseNotDecided");
    const proposal = await tx.decision.findUniqueOrThrow({ where: { id: fresh.proposalId } });
    if (request.outcome !== proposal.proposedOutcome && user.role !== "SUPERVISOR")
      throw new AppError("supervisorAnswersAgainstEngine");
    // Going on needs an amount: the family's income at or above N × C leaves none (reassessedAssignment would
    // otherwise end the assistance under an answer that said it goes on).
    if (request.outcome === "ASSIGN" && !((proposal.amountQepik ?? 0) > 0))
      throw new AppError("changeAnswerNoAmount", { field: "outcome" });
    const current = await currentFinalDecision(tx, app.id);
    const period = app.status === "ASSIGNED" ? runningPeriod(current, today) : null;
    const next = period
      ? reassessedAssignment(period, { outcome: request.outcome, amountQepik: proposal.amountQepik }, today)
      : ({ outcome: "NONE" } as const);
    if (next.outcome === "NONE") {
      await tx.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED", decidedAt: now } });
      return { applicationId: app.id, decisionId: null, districtCode: app.districtCode };
    }
    const assign = next.outcome === "ASSIGN";
    const kept = parseStoredReasons(proposal.reasons).filter((r) => r.kind === (assign ? "ASSIGNMENT" : "REFUSAL"));
    // The engine's reasons kept state what a reassessment's do: the amount in force from the effective day, and the
    // income and deals counted before the report's month (a refusal's LARGE_TRANSACTION too, not "the month of
    // application"). A refusal keeps no LOW_INCOME_ASSIGNED, so its `to` is never read (`period` is set here anyway).
    const keep = reasonsInForce(kept, {
      from: next.effectiveFrom,
      to: assign ? next.periodTo : (period?.periodTo ?? next.effectiveFrom),
      reassessedOn: calendarDateFromDb(fresh.reportedOn),
    });
    const reasons = [
      ...keep,
      reviewerReason({ outcome: next.outcome, text: request.reason, reviewerId: user.id, reviewId: report.id }),
    ];
    const decision = await writePeriodDecision(
      tx,
      app,
      current,
      {
        outcome: next.outcome,
        amountQepik: assign ? next.amountQepik : null,
        periodFrom: assign ? next.periodFrom : null,
        periodTo: assign ? next.periodTo : null,
        effectiveFrom: next.effectiveFrom,
        reasons,
        rulesChecked: proposal.rulesChecked,
        figures: proposal.figures,
        memberCount: proposal.memberCount,
        criterionQepik: proposal.criterionQepik,
        incomeQepik: proposal.incomeQepik,
        decidedBy: user.id,
      },
      now,
      `change report ${report.id}`,
    );
    await tx.changeReport.update({
      where: { id: report.id },
      data: { status: "DECIDED", resultDecisionId: decision.id, decidedAt: now },
    });
    await recordAudit(tx, {
      actor: user,
      action: "change.decide",
      entity: "ChangeReport",
      entityId: report.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      details: {
        outcome: next.outcome,
        proposedOutcome: proposal.proposedOutcome,
        decisionId: decision.id,
        effectiveFrom: next.effectiveFrom,
      },
    });
    return { applicationId: app.id, decisionId: decision.id, districtCode: app.districtCode };
  });
  if (result.decisionId) {
    // The decision stands: the sweep announces a decided report whose family was not told (find-unannounced-changes.ts).
    const { decisionId } = result;
    await announceOrRecord(db, () => deps.announce(result.applicationId, decisionId), "change-report", {
      actor: user,
      action: "change.announceFailed",
      entity: "ChangeReport",
      entityId: request.reportId,
      applicationId: result.applicationId,
      districtCode: result.districtCode,
    });
  }
  return { decisionId: result.decisionId };
}
