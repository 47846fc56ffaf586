import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import { firstDayOfMonth, monthOf, type YearMonth } from "@/kernel/calendar-date";
import { planResumption } from "@/server/domain/payments/assistance-year";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { actsForFamilyAtOffice } from "@/server/services/access/office-actor";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findCurrentAssignment } from "./current-assignment";
import { loadMonthsAndResumes } from "./list-payment-months";

export interface ResumptionResult {
  /** RESUMED: months from resumeFrom are paid again; PERIOD_ENDING: asked in the period's last month, nothing to resume. */
  outcome: "RESUMED" | "PERIOD_ENDING" | "NOT_STOPPED";
  resumeFrom: YearMonth | null;
  monthsResumed: number;
  /** True when this request was already made: nothing more was done. */
  repeated: boolean;
}

const toMonth = (d: Date): YearMonth => monthOf(calendarDateFromDb(d));
const monthDb = (m: YearMonth): Date => calendarDateToDb(firstDayOfMonth(m));

/**
 * The family asks to resume payments stopped for no withdrawal (docs/payments.md, "Resumption"): the stopped months
 * from the month after the request to the period's end go back to PLANNED, for the next payroll; the months before
 * stay stopped (no back pay). One request per stop, kept with its answer: asking again changes nothing and answers
 * as the first time. The family's own application, or a caseworker or supervisor of its district asking on the
 * family's behalf at the office with a short note (`staffNote`, required of staff, refused from the family);
 * another district's application is "not found", as for any read. Audited.
 */
export async function requestPaymentResumption(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now: Date,
  staffNote?: string,
): Promise<ResumptionResult> {
  const byStaff = actsForFamilyAtOffice(user, staffNote);
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationScope(user)] },
      select: { id: true, districtCode: true },
    });
    if (!app) throw new AppError("notFound");
    // Serialises requests for one application, so a double tap records one request and flips the months once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`resume-payments:${app.id}`}))`;
    const assignment = await findCurrentAssignment(tx, app.id);
    const { rows, resumes, resumedFrom } = await loadMonthsAndResumes(tx, app.id);
    const requestMonth = monthOf(bakuDate(now));
    const plan = assignment
      ? planResumption(rows, resumedFrom, requestMonth, monthOf(assignment.periodTo))
      : ({ kind: "NOT_STOPPED" } as const);

    const previous =
      plan.kind === "NOT_STOPPED" ? resumes[0] : resumes.find((r) => toMonth(r.stoppedFrom) === plan.stoppedFrom);
    if (previous) {
      return {
        outcome: previous.resumeFrom ? "RESUMED" : "PERIOD_ENDING",
        resumeFrom: previous.resumeFrom ? toMonth(previous.resumeFrom) : null,
        monthsResumed: previous.monthsResumed,
        repeated: true,
      };
    }
    if (plan.kind === "NOT_STOPPED")
      return { outcome: "NOT_STOPPED", resumeFrom: null, monthsResumed: 0, repeated: false };

    let monthsResumed = 0;
    if (plan.kind === "RESUME" && plan.months.length > 0) {
      const { count } = await tx.monthlyEntitlement.updateMany({
        where: { applicationId: app.id, status: "STOPPED", month: { in: plan.months.map(monthDb) } },
        data: { status: "PLANNED" },
      });
      monthsResumed = count;
    }
    const resumeFrom = plan.kind === "RESUME" ? plan.resumeFrom : null;
    const request = await tx.paymentResumeRequest.create({
      data: {
        applicationId: app.id,
        requestedById: user.id,
        stoppedFrom: monthDb(plan.stoppedFrom),
        requestMonth: monthDb(requestMonth),
        resumeFrom: resumeFrom ? monthDb(resumeFrom) : null,
        monthsResumed,
        requestedAt: now,
        byStaff,
        staffNote: byStaff ? staffNote : null,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "payments.resume-requested",
      entity: "PaymentResumeRequest",
      entityId: request.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      // The actor's role says whether staff asked; their note stays on the request, as free text may name the family.
      details: { stoppedFrom: plan.stoppedFrom, requestMonth, resumeFrom, monthsResumed },
    });
    return { outcome: resumeFrom ? "RESUMED" : "PERIOD_ENDING", resumeFrom, monthsResumed, repeated: false };
  });
}
