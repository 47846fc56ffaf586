import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { isIsoDate } from "@/kernel/calendar-date";
import { effectiveFromAfter, falseInformationBarEndsOn } from "@/server/domain/changes/period-changes";
import { parameterOn } from "@/server/domain/parameters";
import type { RuleCheck } from "@/server/domain/outcome";
import { draft } from "@/server/domain/reasons";
import { LEGAL } from "@/server/domain/legal-references";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { lockApplication } from "@/server/services/applications/advance-status";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadParameterSet } from "@/server/services/law/law-data";
import type { AnnouncePeriodDecision } from "./announce-change";
import { writePeriodDecision } from "./period-decision";
import { renderReason } from "./render-reason";
import { currentFinalDecision, runningPeriod } from "./running-decision";

export interface FalseInformationRequest {
  applicationId: string;
  /** What was false or missing, and what shows it. Staff's words; kept on the case, never sent to the family. */
  what: string;
  evidence: string;
  /** The date of the finding (Baku), not after today: the bar counts from it. */
  foundOn: string;
}

/**
 * Ground 9 in the live system: a caseworker or supervisor of the family's district records that the family gave
 * false or incomplete information. The family — every FIN on the application — is barred for
 * FALSE_INFORMATION_BAR_MONTHS (12) from the finding; a decided case gets a refusal on ground 9, which ends a
 * running assignment from the 1st of next month (never backwards: money paid is not clawed back here). Only a
 * decided case (ASSIGNED or REFUSED): one still in the chain is decided first. Audited. RULES.md asks no second
 * person's confirmation for it, so there is none.
 */
export async function recordFalseInformation(
  db: Db,
  user: SessionUser,
  request: FalseInformationRequest,
  now: Date,
  deps: { announce: AnnouncePeriodDecision },
) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const today = bakuDate(now);
  const visible = await db.application.findFirst({
    where: { id: request.applicationId, ...applicationScope(user) },
    select: { id: true },
  });
  if (!visible) throw new AppError("notFound");
  if (!isIsoDate(request.foundOn)) throw new AppError("invalidInput", { field: "foundOn" });
  if (request.foundOn > today) throw new AppError("findingDateFuture", { field: "foundOn" });
  const months = parameterOn("FALSE_INFORMATION_BAR_MONTHS", request.foundOn, await loadParameterSet(db))?.value;
  if (months === undefined) throw new AppError("invalidInput", { field: "foundOn" });
  const barEndsOn = falseInformationBarEndsOn(request.foundOn, months);

  const result = await db.$transaction(async (tx) => {
    const scoped = await tx.application.findFirst({
      where: { id: request.applicationId, ...applicationScope(user) },
      select: { id: true },
    });
    if (!scoped) throw new AppError("notFound");
    const app = await lockApplication(tx, scoped.id);
    if (!app || (app.status !== "ASSIGNED" && app.status !== "REFUSED")) throw new AppError("caseNotDecided");
    const fins = (await tx.familyMember.findMany({ where: { applicationId: app.id }, select: { fin: true } })).map(
      (m) => m.fin,
    );
    const finding = await tx.falseInformationFinding.create({
      data: {
        applicationId: app.id,
        what: request.what,
        evidence: request.evidence,
        foundOn: calendarDateToDb(request.foundOn),
        barEndsOn: calendarDateToDb(barEndsOn),
        fins,
        recordedById: user.id,
        createdAt: now,
      },
      select: { id: true },
    });

    let decisionId: string | null = null;
    const current = await currentFinalDecision(tx, app.id);
    if (current) {
      const running = app.status === "ASSIGNED" ? runningPeriod(current, today) : null;
      const reason = renderReason(
        draft("FALSE_INFORMATION_BAR", { foundOn: request.foundOn, availableFrom: barEndsOn, decisionRef: finding.id }),
      );
      const rulesChecked: RuleCheck[] = [
        { rule: "FALSE_INFORMATION_BAR", result: "FAIL", legalReference: LEGAL.REFUSAL_GROUNDS },
      ];
      const decision = await writePeriodDecision(
        tx,
        app,
        current,
        {
          outcome: "REFUSE",
          amountQepik: null,
          periodFrom: null,
          periodTo: null,
          effectiveFrom: running ? effectiveFromAfter(today) : null,
          reasons: [reason],
          rulesChecked,
          figures: current.figures,
          memberCount: current.memberCount,
          criterionQepik: current.criterionQepik,
          incomeQepik: current.incomeQepik,
          decidedBy: user.id,
        },
        now,
        `false-information finding ${finding.id}`,
      );
      decisionId = decision.id;
      await tx.falseInformationFinding.update({ where: { id: finding.id }, data: { decisionId } });
    }
    await recordAudit(tx, {
      actor: user,
      action: "falseInformation.record",
      entity: "FalseInformationFinding",
      entityId: finding.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      details: { foundOn: request.foundOn, barEndsOn, decisionId, members: fins.length },
    });
    return { findingId: finding.id, applicationId: app.id, decisionId };
  });

  if (result.decisionId) await deps.announce(result.applicationId, result.decisionId);
  return { findingId: result.findingId, decisionId: result.decisionId, barEndsOn };
}

/** The findings on a case, for its staff (the case page); audited as a read of the case by the caller. */
export async function listFalseInformationFindings(db: Db, user: SessionUser, applicationId: string) {
  const scoped = await db.application.findFirst({
    where: { id: applicationId, ...applicationScope(user) },
    select: { id: true },
  });
  if (!scoped) throw new AppError("notFound");
  const rows = await db.falseInformationFinding.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({
    id: r.id,
    what: r.what,
    evidence: r.evidence,
    foundOn: calendarDateFromDb(r.foundOn),
    barEndsOn: calendarDateFromDb(r.barEndsOn),
    decisionId: r.decisionId,
    createdAt: r.createdAt,
  }));
}
