import { explainReasons } from "@/server/content/reasons/reason-message";
import { loadMemberNames } from "@/server/services/applications/member-names";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { bakuDate } from "@/kernel/calendar-date";
import { ZStoredChangeDetails, type StoredChangeDetails } from "@/lib/changes/change-report";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { assessFamily, parseAssessmentInput } from "@/server/domain";
import { effectiveFromAfter, reassessedAssignment } from "@/server/domain/changes/period-changes";
import type { AssessmentInputDraft } from "@/server/domain/input-schema";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { lockApplication } from "@/server/services/applications/advance-status";
import { findPreviousAssignment } from "@/server/services/decisions/check-repeat-rule";
import { proposedOutcome } from "@/server/services/decisions/decide-application";
import { ZInspectionResult, toEngineInspection } from "@/server/services/inspections/inspection-result";
import { loadHolidayCalendar, loadParameterSet } from "@/server/services/law/law-data";
import { findFalseInformationFindings } from "./false-information-bar";
import { writePeriodDecision } from "./period-decision";
import { reasonsInForce } from "./period-reasons";
import { sameRegister } from "./same-register";
import { currentFinalDecision, runningPeriod } from "./running-decision";

export type AppliedChange = { kind: "APPLIED"; asOf: string } | { kind: "CLOSED" };
export type Reassessed =
  | { kind: "DECIDED"; decisionId: string; outcome: "ASSIGN" | "REFUSE" }
  | { kind: "IN_REVIEW"; proposalId: string }
  | { kind: "CLOSED" };

/**
 * Step 1 of a reassessment: the reported change is written into the family's data on file (members, declared
 * incomes, address), and the agencies' stored answers are dropped so that the next step asks them again for the 12
 * months before the report. Once only: RECEIVED → REASSESSING under the application's lock. A report whose
 * assignment no longer runs is CLOSED. The first decision's evidence stays in its stored reasons and figures,
 * and every agency request in the audit table.
 */
export async function applyReportedChange(db: Db, opts: { reportId: string; now: Date }): Promise<AppliedChange> {
  return db.$transaction(async (tx) => {
    const report = await tx.changeReport.findUniqueOrThrow({ where: { id: opts.reportId } });
    const asOf = calendarDateFromDb(report.reportedOn);
    if (report.status === "REASSESSING") return { kind: "APPLIED" as const, asOf };
    if (report.status !== "RECEIVED") return { kind: "CLOSED" as const };
    const app = await lockApplication(tx, report.applicationId);
    const current = app ? await currentFinalDecision(tx, report.applicationId) : null;
    if (!app || app.status !== "ASSIGNED" || !runningPeriod(current, bakuDate(opts.now))) {
      await tx.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED", decidedAt: opts.now } });
      return { kind: "CLOSED" as const };
    }
    await applyToFamily(tx, report.applicationId, ZStoredChangeDetails.parse(report.details), report.changedOn);
    await tx.agencyResult.deleteMany({ where: { applicationId: report.applicationId } });
    await tx.changeReport.update({ where: { id: report.id }, data: { status: "REASSESSING" } });
    return { kind: "APPLIED" as const, asOf };
  });
}

async function applyToFamily(
  tx: Prisma.TransactionClient,
  applicationId: string,
  change: StoredChangeDetails,
  changedOn: Date,
): Promise<void> {
  switch (change.kind) {
    case "INCOME_GAINED":
      // A registered income (a job with a labour contract) is kept too: the family's income as it now is, over the
      // window, less what the register shows of it (to-assessment-input.ts); a report stored before the form asked
      // says nothing (null: unknown).
      await tx.declaredIncome.create({
        data: {
          applicationId,
          memberFin: change.memberFin,
          type: change.type,
          monthlyQepik: change.monthlyQepik,
          note: null,
          startedOn: changedOn,
          registered: change.registered ?? null,
        },
      });
      return;
    case "INCOME_LOST":
      await tx.declaredIncome.deleteMany({
        where: { applicationId, memberFin: change.memberFin, type: change.type, ...sameRegister(change.registered) },
      });
      return;
    case "MEMBER_JOINED": {
      const last = await tx.familyMember.findFirst({
        where: { applicationId },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      await tx.familyMember.createMany({
        data: [
          {
            applicationId,
            fin: change.fin,
            firstName: change.firstName,
            lastName: change.lastName,
            patronymic: change.patronymic || null,
            birthDate: calendarDateToDb(change.birthDate),
            relation: change.relation,
            position: (last?.position ?? 0) + 1,
          },
        ],
        skipDuplicates: true,
      });
      return;
    }
    case "MEMBER_LEFT":
      await tx.declaredIncome.deleteMany({ where: { applicationId, memberFin: change.memberFin } });
      await tx.familyMember.deleteMany({
        where: { applicationId, fin: change.memberFin, relation: { not: "APPLICANT" } },
      });
      return;
    case "MOVED":
      await tx.application.update({
        where: { id: applicationId },
        data: { districtCode: change.districtCode, address: change.address },
      });
      return;
  }
}

/** The visit on file: a reassessment needs no new one (issue 14); a person who wants one asks for it in the review. */
async function inspectionOnFile(
  db: Db,
  applicationId: string,
): Promise<{
  inspection: AssessmentInputDraft["inspection"];
  previous?: NonNullable<AssessmentInputDraft["previous"]>["lastAssignment"];
}> {
  const visit = await db.inspection.findFirst({
    where: { applicationId, status: "COMPLETED" },
    orderBy: { attempt: "desc" },
    select: { result: true, completedAt: true },
  });
  if (visit) {
    const result = ZInspectionResult.safeParse(visit.result);
    if (result.success) return { inspection: toEngineInspection(result.data) };
    return { inspection: { status: "COMPLETED", date: bakuDate(visit.completedAt ?? new Date()), inspectorFlags: [] } };
  }
  // The application skipped its visit under the 2023 repeat rule: the engine checks that rule again.
  const previous = await findPreviousAssignment(db, applicationId);
  return { inspection: { status: "SKIPPED_REPEAT_RULE" }, ...(previous ? { previous } : {}) };
}

/**
 * Step 3: the decision engine (the same assessFamily as the first decision) on the changed family and the
 * agencies' fresh answers, as of the report date. ASSIGN → the new amount from the 1st of next month to the end
 * of the running period; REFUSE → the assignment ends from the 1st of next month; REVIEW → the proposal goes to
 * the district's caseworkers (decide-change-report.ts). Idempotent: a report already decided returns its decision.
 */
export async function reassessChange(db: Db, opts: { reportId: string; now: Date }): Promise<Reassessed> {
  const report = await db.changeReport.findUniqueOrThrow({ where: { id: opts.reportId } });
  if (report.resultDecisionId) {
    const d = await db.decision.findUniqueOrThrow({
      where: { id: report.resultDecisionId },
      select: { outcome: true },
    });
    return {
      kind: "DECIDED",
      decisionId: report.resultDecisionId,
      outcome: d.outcome === "ASSIGN" ? "ASSIGN" : "REFUSE",
    };
  }
  if (report.status === "IN_REVIEW" && report.proposalId) return { kind: "IN_REVIEW", proposalId: report.proposalId };
  if (report.status !== "REASSESSING") return { kind: "CLOSED" };

  const asOf = calendarDateFromDb(report.reportedOn);
  const year = Number(asOf.slice(0, 4));
  // What the case needs, read at once: none of these reads depends on another.
  const [members, onFile, memberNames, parameters, holidays] = await Promise.all([
    db.familyMember.findMany({ where: { applicationId: report.applicationId }, select: { fin: true } }),
    inspectionOnFile(db, report.applicationId),
    loadMemberNames(db, report.applicationId),
    loadParameterSet(db),
    loadHolidayCalendar(db, year, year + 1),
  ]);
  const verified = await buildVerifiedCase(
    {
      applicationId: report.applicationId,
      asOf,
      inspection: onFile.inspection,
      previous: {
        falseInformationFindings: await findFalseInformationFindings(
          db,
          members.map((m) => m.fin),
          asOf,
        ),
        ...(onFile.previous ? { lastAssignment: onFile.previous } : {}),
      },
    },
    { db },
  );
  const input = parseAssessmentInput(verified.input);
  const assessment = assessFamily(input, { parameters, holidays });
  const { figures } = assessment;
  const today = bakuDate(opts.now);

  return db.$transaction(async (tx): Promise<Reassessed> => {
    const app = await lockApplication(tx, report.applicationId);
    const again = await tx.changeReport.findUniqueOrThrow({ where: { id: report.id } });
    if (again.status !== "REASSESSING" || !app)
      return again.resultDecisionId ? reassessChangeDone(tx, again.resultDecisionId) : { kind: "CLOSED" };
    const current = await currentFinalDecision(tx, app.id);
    const period = app.status === "ASSIGNED" ? runningPeriod(current, today) : null;
    if (!period) {
      await tx.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED", decidedAt: opts.now } });
      return { kind: "CLOSED" };
    }
    const common = {
      memberCount: figures.memberCount,
      criterionQepik: figures.needCriterionQepik,
      incomeQepik: figures.averageMonthlyIncomeQepik,
      reasons: explainReasons(assessment.reasons, memberNames),
      rulesChecked: assessment.rulesChecked,
      figures: { ...figures, engineVersion: assessment.engineVersion, reassessment: { reportId: report.id, asOf } },
    };
    // A person's decision in force (an appeal answered, a review) is not overturned by the engine alone: the engine
    // weighs only the data, so it would refuse again on the very ground the person judged otherwise. Such a change
    // goes to a person with the engine's outcome as the proposal.
    const overturnsPerson =
      assessment.outcome !== "REVIEW" && current?.decidedBy !== "SYSTEM" && assessment.outcome !== current?.outcome;
    if (assessment.outcome === "REVIEW" || overturnsPerson) {
      // The proposal's reasons, read by the person who answers it, say what the decision would if answered now: the
      // windows before the report's month (the answer restates them from its own effective day).
      const proposed = reasonsInForce(common.reasons, {
        from: effectiveFromAfter(today),
        to: period.periodTo,
        reassessedOn: asOf,
      });
      const proposal = await tx.decision.create({
        data: {
          applicationId: app.id,
          outcome: "REVIEW",
          proposedOutcome: assessment.outcome === "REVIEW" ? proposedOutcome(assessment) : assessment.outcome,
          memberCount: common.memberCount,
          criterionQepik: common.criterionQepik,
          incomeQepik: common.incomeQepik,
          // What the assignment would pay if it went on: the engine's figure is 0 on a REFUSE it proposes against
          // a person's decision, and a person answering "go on" must not go on at nothing.
          amountQepik: figures.computedAmountQepik ?? figures.amountQepik,
          periodFrom: calendarDateToDb(period.periodFrom),
          periodTo: calendarDateToDb(period.periodTo),
          reasons: proposed as unknown as Prisma.InputJsonValue,
          rulesChecked: common.rulesChecked as unknown as Prisma.InputJsonValue,
          figures: common.figures as unknown as Prisma.InputJsonValue,
          decidedBy: "SYSTEM",
          final: false,
        },
        select: { id: true },
      });
      await tx.changeReport.update({
        where: { id: report.id },
        data: { status: "IN_REVIEW", proposalId: proposal.id },
      });
      return { kind: "IN_REVIEW", proposalId: proposal.id };
    }
    const next = reassessedAssignment(period, { outcome: assessment.outcome, amountQepik: figures.amountQepik }, today);
    if (next.outcome === "NONE") {
      await tx.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED", decidedAt: opts.now } });
      return { kind: "CLOSED" };
    }
    const decision = await writePeriodDecision(
      tx,
      app,
      current,
      {
        ...common,
        // The reasons speak of the amount in force from the effective day, and of the income and the deals before the
        // report's month (an assignment's LOW_INCOME_ASSIGNED, a refusal's LARGE_TRANSACTION).
        reasons: reasonsInForce(common.reasons, {
          from: next.effectiveFrom,
          to: next.outcome === "ASSIGN" ? next.periodTo : period.periodTo,
          reassessedOn: asOf,
        }),
        outcome: next.outcome,
        amountQepik: next.outcome === "ASSIGN" ? next.amountQepik : null,
        periodFrom: next.outcome === "ASSIGN" ? next.periodFrom : null,
        periodTo: next.outcome === "ASSIGN" ? next.periodTo : null,
        effectiveFrom: next.effectiveFrom,
        decidedBy: "SYSTEM",
      },
      opts.now,
      `change report ${report.id}`,
    );
    await tx.changeReport.update({
      where: { id: report.id },
      data: { status: "DECIDED", resultDecisionId: decision.id, decidedAt: opts.now },
    });
    return { kind: "DECIDED", decisionId: decision.id, outcome: next.outcome };
  });
}

async function reassessChangeDone(tx: Prisma.TransactionClient, decisionId: string): Promise<Reassessed> {
  const d = await tx.decision.findUniqueOrThrow({ where: { id: decisionId }, select: { outcome: true } });
  return { kind: "DECIDED", decisionId, outcome: d.outcome === "ASSIGN" ? "ASSIGN" : "REFUSE" };
}
