import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { reportedChangeSubject } from "@/lib/changes/reported-change";
import { ZStoredChangeDetails } from "@/lib/changes/change-report";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { findDiscrepancies } from "@/server/services/agencies/find-discrepancies";
import { recordAudit } from "@/server/services/audit/record-audit";
import { decisionFigures } from "@/server/services/decisions/decision-figures";
import { parseStoredReasons } from "@/server/services/decisions/stored-reasons";
import { decisionAhead, decisionInForce, staffAnswerOf } from "./report-answer";

/**
 * One change report as the district's caseworker or supervisor answers it (issue 14): what changed and when it
 * was reported, the agencies' fresh answers (asked again for the reassessment) and where they differ from the
 * family's declaration, the engine's proposal with its figures and reasons, and the decision it would replace.
 * An audited read of personal data; another district's report reads as not found.
 */
export async function getChangeReportFile(db: Db, user: SessionUser, reportId: string, now: Date) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const report = await db.changeReport.findUnique({ where: { id: reportId } });
  const app = report
    ? await db.application.findFirst({
        where: { id: report.applicationId, ...applicationScope(user) },
        select: {
          id: true,
          registrationNumber: true,
          districtCode: true,
          locale: true,
          members: { orderBy: { position: "asc" }, select: { fin: true, firstName: true, lastName: true } },
        },
      })
    : null;
  if (!report || !app) throw new AppError("notFound");
  await recordAudit(db, {
    actor: user,
    action: "change.readReport",
    entity: "ChangeReport",
    entityId: report.id,
    applicationId: app.id,
    districtCode: app.districtCode,
  });
  const [proposal, current, ahead, answer, agencies, discrepancies] = await Promise.all([
    report.proposalId ? db.decision.findUnique({ where: { id: report.proposalId } }) : null,
    decisionInForce(db, app.id, now),
    decisionAhead(db, app.id, now),
    staffAnswerOf(db, report),
    db.agencyResult.findMany({
      where: { applicationId: app.id },
      orderBy: [{ agency: "asc" }, { memberFin: "asc" }],
      select: { agency: true, memberFin: true, available: true, fetchedAt: true },
    }),
    findDiscrepancies({ applicationId: app.id }, { db }),
  ]);
  const details = ZStoredChangeDetails.safeParse(report.details);
  const leftFin = details.success && details.data.kind === "MEMBER_LEFT" ? details.data.memberFin : null;
  // A move names its district in words in the page's language, not by its code.
  const movedTo =
    details.success && details.data.kind === "MOVED"
      ? await db.district.findUnique({
          where: { code: details.data.districtCode },
          select: { nameAz: true, nameRu: true, nameEn: true },
        })
      : null;
  return {
    report: {
      id: report.id,
      kind: report.kind,
      change: details.success ? details.data : null,
      movedToDistrict: movedTo ? { az: movedTo.nameAz, ru: movedTo.nameRu, en: movedTo.nameEn } : null,
      changedOn: calendarDateFromDb(report.changedOn),
      reportedOn: calendarDateFromDb(report.reportedOn),
      reportDueOn: calendarDateFromDb(report.reportDueOn),
      reportedInTime: report.reportedInTime,
      status: report.status,
    },
    application: {
      id: app.id,
      registrationNumber: app.registrationNumber,
      /** The language the family reads its letters in: the reason reaches it as written. */
      locale: app.locale,
      members: [
        ...app.members.map((m) => ({ fin: m.fin, name: `${m.firstName} ${m.lastName}` })),
        // A member who left is no longer on file once the change is applied: named as stored with the report.
        ...(leftFin && !app.members.some((m) => m.fin === leftFin)
          ? [{ fin: leftFin, name: reportedChangeSubject(report.details, app.members).member ?? leftFin }]
          : []),
      ],
    },
    proposal: proposal
      ? {
          proposedOutcome: proposal.proposedOutcome,
          ...decisionFigures(proposal),
          reasons: parseStoredReasons(proposal.reasons).map((r) => ({
            code: r.code,
            kind: r.kind,
            message: r.message,
          })),
        }
      : null,
    /**
     * What is paid this month: the decision in force today. An answer rules from the 1st of next month, so until
     * then the earlier amount is still paid (and after it the new amount, or nothing when the assistance ended).
     */
    current,
    /** An earlier answer that rules from a later month (its amount, or null when it ends the assistance), or null. */
    ahead,
    /** The staff's answer once the report is decided: outcome, from when, the amount, who, when and why. */
    answer,
    agencies: agencies.map((a) => ({ ...a, memberFin: a.memberFin || null })),
    discrepancies,
    viewer: {
      canAnswer: report.status === "IN_REVIEW" && proposal !== null,
      /** Answering otherwise than the engine proposed is a supervisor's (decide-change-report.ts). */
      canOverride: user.role === "SUPERVISOR",
    },
  };
}
