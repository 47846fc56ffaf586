import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import {
  changeDateProblem,
  joinedBirthDateProblem,
  ZReportChangeRequest,
  type ReportChangeRequest,
} from "@/lib/changes/change-report";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { AppError, isAppErrorCode } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { actsForFamilyAtOffice } from "@/server/services/access/office-actor";
import { changeReportDueDate } from "./change-report-due-date";
import { lockApplication } from "@/server/services/applications/advance-status";
import { recordAudit } from "@/server/services/audit/record-audit";
import { announceOrRecord } from "@/server/services/audit/announce-or-record";
import type { AnnounceChangeReport } from "./announce-change";
import { sameRegister } from "./same-register";
import { currentFinalDecision, runningPeriod } from "./running-decision";

/** Reports not yet answered by a decision: one at a time, so each reassessment starts from the last decision. */
export const OPEN_REPORT_STATUSES = ["RECEIVED", "REASSESSING", "IN_REVIEW"] as const;

/**
 * The family reports a change of income, composition or address on its running application (RULES.md: within 15
 * working days of the change). The report is checked against the family on file, stored with its 15-working-day
 * deadline, and starts the reassessment in the background (change/reported). Only while the assignment runs, and
 * one open report at a time. The applicant's own application, or a caseworker or supervisor of its district
 * recording a change the family reported at the office, with a short note (`staffNote`, required of staff, refused
 * from the family); another district's application is "not found", as for any read. The deadline is the family's
 * either way: the day it told the office is the day it reported.
 */
export async function reportChange(
  db: Db,
  user: SessionUser,
  input: ReportChangeRequest,
  now: Date,
  deps: { announce: AnnounceChangeReport },
  staffNote?: string,
) {
  const byStaff = actsForFamilyAtOffice(user, staffNote);
  const parsed = ZReportChangeRequest.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "";
    const code = message.startsWith("errors.") ? message.slice("errors.".length) : "invalidInput";
    throw new AppError(isAppErrorCode(code) ? code : "invalidInput", {
      field: parsed.error.issues[0]?.path.join(".") ?? "",
    });
  }
  const request = parsed.data;
  const today = bakuDate(now);
  const dateProblem = changeDateProblem(request.changedOn, today);
  if (dateProblem) throw new AppError(dateProblem, { field: "changedOn" });
  if (request.change.kind === "MEMBER_JOINED") {
    const birthProblem = joinedBirthDateProblem(request.change.birthDate, today, request.changedOn);
    if (birthProblem) throw new AppError(birthProblem, { field: "change.birthDate" });
  }
  const due = await changeReportDueDate(db, request.changedOn);

  const report = await db.$transaction(async (tx) => {
    const scoped = await tx.application.findFirst({
      where: { AND: [{ id: request.applicationId }, applicationScope(user)] },
      select: { id: true },
    });
    if (!scoped) throw new AppError("notFound");
    const app = await lockApplication(tx, scoped.id);
    if (!app) throw new AppError("notFound");
    const decision = await currentFinalDecision(tx, app.id);
    const period = app.status === "ASSIGNED" ? runningPeriod(decision, today) : null;
    if (!decision || !period) throw new AppError("noRunningAssignment");
    if (request.changedOn < period.periodFrom) throw new AppError("changeDateBeforeAssignment", { field: "changedOn" });
    const open = await tx.changeReport.findFirst({
      where: { applicationId: app.id, status: { in: [...OPEN_REPORT_STATUSES] } },
      select: { id: true },
    });
    if (open) throw new AppError("changeReportOpen");
    const memberName = await checkAgainstFamily(tx, app.id, request.change);

    const created = await tx.changeReport.create({
      data: {
        applicationId: app.id,
        decisionId: decision.id,
        kind: request.change.kind,
        // With the member's name as on file today (the server's, never the form's): a member who leaves is removed
        // from the family by the reassessment, and the pages and the letter still name them (reported-change.ts).
        details: { ...request.change, ...(memberName ? { memberName } : {}) } as unknown as Prisma.InputJsonValue,
        changedOn: calendarDateToDb(request.changedOn),
        reportedOn: calendarDateToDb(today),
        reportDueOn: calendarDateToDb(due.dueOn),
        reportedInTime: today <= due.dueOn,
        reportedById: user.id,
        byStaff,
        staffNote: byStaff ? staffNote : null,
        createdAt: now,
      },
      select: { id: true, applicationId: true, reportDueOn: true, reportedInTime: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "change.report",
      entity: "ChangeReport",
      entityId: created.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      // The actor's role says whether staff recorded it; their note stays on the report, as free text may name the family.
      details: { kind: request.change.kind, reportedInTime: created.reportedInTime },
    });
    return { ...created, districtCode: app.districtCode };
  });

  // The report stands: the sweep of unannounced reports (status RECEIVED) sends it again.
  await announceOrRecord(db, () => deps.announce(report.applicationId, report.id), "change-report", {
    actor: user,
    action: "change.announceFailed",
    entity: "ChangeReport",
    entityId: report.id,
    applicationId: report.applicationId,
    districtCode: report.districtCode,
  });
  return { id: report.id, reportDueOn: calendarDateFromDb(report.reportDueOn), reportedInTime: report.reportedInTime };
}

/**
 * The change must make sense for the family on file: a member who leaves is in it, one who joins is not, … Returns
 * the name on file ("First Last") of the member the change concerns, null for a member who joins (the report names
 * them) and for a move.
 */
async function checkAgainstFamily(
  tx: Prisma.TransactionClient,
  applicationId: string,
  change: ReportChangeRequest["change"],
): Promise<string | null> {
  const members = await tx.familyMember.findMany({
    where: { applicationId },
    select: { fin: true, relation: true, firstName: true, lastName: true },
  });
  const member = (fin: string) => members.find((m) => m.fin === fin);
  const nameOf = (m: { firstName: string; lastName: string }) => `${m.firstName} ${m.lastName}`;
  switch (change.kind) {
    case "INCOME_GAINED": {
      const m = member(change.memberFin);
      if (!m) throw new AppError("changeMemberUnknown", { field: "change.memberFin" });
      return nameOf(m);
    }
    case "INCOME_LOST": {
      const m = member(change.memberFin);
      if (!m) throw new AppError("changeMemberUnknown", { field: "change.memberFin" });
      // A register's income that stopped (a job with a labour contract ended) is reported whether or not the family
      // ever declared it, which the wizard does not ask: the reassessment asks the register again.
      if (change.registered) return nameOf(m);
      const income = await tx.declaredIncome.findFirst({
        where: { applicationId, memberFin: change.memberFin, type: change.type, ...sameRegister(change.registered) },
        select: { id: true },
      });
      if (!income) throw new AppError("changeIncomeUnknown", { field: "change.type" });
      return nameOf(m);
    }
    case "MEMBER_JOINED":
      if (member(change.fin)) throw new AppError("changeMemberExists", { field: "change.fin" });
      return null;
    case "MEMBER_LEFT": {
      const m = member(change.memberFin);
      if (!m) throw new AppError("changeMemberUnknown", { field: "change.memberFin" });
      if (m.relation === "APPLICANT") throw new AppError("changeRepresentativeLeaves", { field: "change.memberFin" });
      return nameOf(m);
    }
    case "MOVED": {
      const district = await tx.district.findUnique({ where: { code: change.districtCode }, select: { code: true } });
      if (!district) throw new AppError("invalidInput", { field: "change.districtCode" });
      return null;
    }
  }
}
