import { describe, expect, it } from "vitest";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { decideChangeReport } from "@/server/services/changes/decide-change-report";
import { periodDecisionMessage } from "@/server/services/changes/period-decision-notice";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { reportChange } from "@/server/services/changes/report-change";
import { changeReportFile } from "../support/change-report-file";
import { citizenSession, staffSession } from "../support/seed-reference";

// Changes during the assistance period (issue 14): the family's change report and its reassessment, and a staff
// answer to a reassessment in review. Ground 9 is in false-information.int.test.ts.

const { testDb, now, api, announced, announce, assignedFamily, reportMemberLeft } = changeReportFile("changes_period");

describe("a change report", () => {
  it("is taken only on the family's own running assignment, checked against the family, with its 15-working-day deadline, audited", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const stranger = await citizenSession(db, "7STRANG");
    const leave = {
      applicationId: family.application.id,
      changedOn: "2026-06-01",
      change: { kind: "MEMBER_LEFT", memberFin: family.fins[1] },
    };

    // Another citizen's application does not exist for them.
    await expect(api(stranger).changes.report(leave)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(stranger).changes.reports({ applicationId: family.application.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A change the family cannot make, and dates that cannot be.
    await expect(
      api(family.citizen).changes.report({ ...leave, change: { kind: "MEMBER_LEFT", memberFin: family.fins[0] } }),
    ).rejects.toMatchObject({ message: "changeRepresentativeLeaves" });
    await expect(
      api(family.citizen).changes.report({ ...leave, change: { kind: "MEMBER_LEFT", memberFin: "9NOBODY" } }),
    ).rejects.toMatchObject({ message: "changeMemberUnknown" });
    await expect(api(family.citizen).changes.report({ ...leave, changedOn: "2026-06-11" })).rejects.toMatchObject({
      message: "changeDateFuture",
    });
    // An empty day asks for the date; a day not on the calendar asks for a real one, as the wizard does.
    await expect(api(family.citizen).changes.report({ ...leave, changedOn: "" })).rejects.toMatchObject({
      message: "changeDateFormat",
      cause: { details: { field: "changedOn" } },
    });
    await expect(api(family.citizen).changes.report({ ...leave, changedOn: "2026-02-31" })).rejects.toMatchObject({
      message: "dateFormat",
      cause: { details: { field: "changedOn" } },
    });
    await expect(api(family.citizen).changes.report({ ...leave, changedOn: "2026-04-30" })).rejects.toMatchObject({
      message: "changeDateBeforeAssignment",
    });
    await expect(
      api(family.citizen).changes.report({
        ...leave,
        change: {
          kind: "MEMBER_JOINED",
          fin: "12",
          firstName: "A",
          lastName: "B",
          patronymic: "",
          birthDate: "2020-01-01",
          relation: "CHILD",
        },
      }),
    ).rejects.toMatchObject({
      message: "finFormat",
      cause: { details: { field: "change.fin" } },
    });
    // A joining member's birth date is checked against today as the wizard's are: not ahead, not 121 years back.
    const joining = (birthDate: string) => ({
      ...leave,
      change: {
        kind: "MEMBER_JOINED",
        fin: "7NEWB12",
        firstName: "Leyla",
        lastName: "Əliyeva",
        patronymic: "",
        birthDate,
        relation: "CHILD",
      },
    });
    await expect(api(family.citizen).changes.report(joining("2026-06-11"))).rejects.toMatchObject({
      message: "birthDateFuture",
      cause: { details: { field: "change.birthDate" } },
    });
    await expect(api(family.citizen).changes.report(joining("1905-06-09"))).rejects.toMatchObject({
      message: "birthDateTooOld",
      cause: { details: { field: "change.birthDate" } },
    });
    // Nor after the day the person joined (leave's change is on 1 June): no one joins before being born.
    await expect(api(family.citizen).changes.report(joining("2026-06-03"))).rejects.toMatchObject({
      message: "birthDateAfterChange",
      cause: { details: { field: "change.birthDate" } },
    });

    const report = await reportChange(db, family.citizen, leave as Parameters<typeof reportChange>[2], now, {
      announce,
    });
    // 15 working days from Monday 1 June 2026: 15 June (Salvation Day) is a holiday only if the table says so; the
    // count is the decision deadline's, so compare with it rather than restate the calendar.
    expect(report.reportedInTime).toBe(true);
    expect(report.reportDueOn > "2026-06-19").toBe(true);
    expect(announced).toContain(`${family.application.id}:${report.id}`);
    const audit = await db.auditLog.findMany({ where: { action: "change.report", entityId: report.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: family.citizen.id,
      applicationId: family.application.id,
      districtCode: "BAK-NASIMI",
    });

    // One open report at a time; the family's view says so.
    await expect(api(family.citizen).changes.report({ ...leave, changedOn: "2026-06-02" })).rejects.toMatchObject({
      message: "changeReportOpen",
    });
    const view = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(view.canReport).toBe(false);
    expect(view.reports.map((r) => [r.kind, r.status, r.reportDueOn])).toEqual([
      ["MEMBER_LEFT", "RECEIVED", report.reportDueOn],
    ]);
  });

  it("is reassessed by the engine on the changed family; without the agencies' data it goes to the district's staff, whose answer rules from next month", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const report = await reportMemberLeft(family);

    const applied = await applyReportedChange(db, { reportId: report.id, now });
    expect(applied).toEqual({ kind: "APPLIED", asOf: "2026-06-10" });
    // Once only: a retried step changes nothing more.
    expect(await applyReportedChange(db, { reportId: report.id, now })).toEqual(applied);
    expect(
      (await db.familyMember.findMany({ where: { applicationId: family.application.id } })).map((m) => m.fin),
    ).toEqual([family.fins[0]]);

    // No agency answered (nothing gathered in this test): the engine cannot decide alone.
    const reassessed = await reassessChange(db, { reportId: report.id, now });
    expect(reassessed.kind).toBe("IN_REVIEW");
    expect(await reassessChange(db, { reportId: report.id, now })).toEqual(reassessed);
    const proposal = await db.decision.findUniqueOrThrow({
      where: { id: reassessed.kind === "IN_REVIEW" ? reassessed.proposalId : "" },
    });
    expect(proposal).toMatchObject({ outcome: "REVIEW", final: false });

    // Staff of another district do not see it; a caseworker may not override the engine's proposal alone.
    const ganja = await staffSession(db, "caseworker.ganja@vemtas.local");
    const answer = {
      reportId: report.id,
      outcome: "REFUSE" as const,
      reason: "The family's income without the child is above the threshold now.",
    };
    await expect(api(ganja).changes.decideReport(answer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(ganja).changes.caseReports({ applicationId: family.application.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const overrides = proposal.proposedOutcome === "ASSIGN" ? answer : { ...answer, outcome: "ASSIGN" as const };
    if (overrides.outcome !== proposal.proposedOutcome) {
      await expect(decideChangeReport(db, caseworker, overrides, now, { announce })).rejects.toMatchObject({
        code: "supervisorAnswersAgainstEngine",
      });
    }
    const staffView = await api(caseworker).changes.caseReports({ applicationId: family.application.id });
    expect(staffView.reports.map((r) => r.status)).toEqual(["IN_REVIEW"]);
    expect(staffView.canReport).toBe(false);
    expect(
      await db.auditLog.count({
        where: { action: "change.listForCase", actorUserId: caseworker.id, applicationId: family.application.id },
      }),
    ).toBe(1);

    const decided = await decideChangeReport(db, supervisor, answer, now, { announce });
    const decision = await db.decision.findUniqueOrThrow({ where: { id: decided.decisionId ?? "" } });
    expect(decision).toMatchObject({ outcome: "REFUSE", final: true, decidedBy: supervisor.id });
    expect(calendarDateFromDb(decision.effectiveFrom!)).toBe("2026-07-01");
    expect((await db.application.findUniqueOrThrow({ where: { id: family.application.id } })).status).toBe("REFUSED");
    expect(
      await db.auditLog.count({ where: { action: "change.decide", entityId: report.id, actorUserId: supervisor.id } }),
    ).toBe(1);
    expect(announced).toContain(`${family.application.id}:${decision.id}`);
    expect(await periodDecisionMessage(db, decision.id)).toEqual({
      outcome: "REFUSE",
      cause: "CHANGE_REPORT",
      decisionId: decision.id,
      effectiveFrom: "2026-07-01",
    });
    // Answered once: a second answer (another tab, a colleague) is refused as answered already, and makes no decision.
    await expect(decideChangeReport(db, supervisor, answer, now, { announce })).rejects.toMatchObject({
      code: "changeReportAnswered",
    });
    expect(await db.decision.count({ where: { applicationId: family.application.id, decidedBy: supervisor.id } })).toBe(
      1,
    );
    // The family's page: the report, decided, ruling from July.
    const view = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(view.reports[0]).toMatchObject({
      status: "DECIDED",
      decision: { outcome: "REFUSE", effectiveFrom: "2026-07-01" },
    });
  });
});
