import { describe, expect, it } from "vitest";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { applyReportedChange } from "@/server/services/changes/reassess-change";
import { reportChange } from "@/server/services/changes/report-change";
import { staffSession } from "../support/seed-reference";
import { changeReportFile } from "../support/change-report-file";

// A family tells the district office of a change during its assignment, and a caseworker or supervisor records it
// on the case file (docs/changes-during-the-period.md, "Reported at the office"): the same checks, deadline and
// reassessment as a report from the family's page, only in the caller's district, with who recorded it and how
// the family told them kept on the report, audited.

const { testDb, now, api, announced, announce, assignedFamily } = changeReportFile("changes_at_office");
const note = "The mother came to the office with the son's call-up paper.";

describe("a change reported at the office", () => {
  it("is recorded by the district's staff with their note, checked as the family's own, and reassessed the same way", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const familyLeave = {
      applicationId: family.application.id,
      changedOn: "2026-06-01",
      change: { kind: "MEMBER_LEFT", memberFin: family.fins[1] },
    };
    const leave = { ...familyLeave, note };

    // Before: the case file offers the form, with the family on file to pick from.
    const before = await api(caseworker).changes.caseReports({ applicationId: family.application.id });
    expect(before.canReport).toBe(true);
    expect(before.members.map((m) => m.fin)).toEqual(family.fins);

    // The family's own rules hold at the office: the representative cannot leave, nor a day in the future pass.
    await expect(
      api(caseworker).changes.reportAtOffice({
        ...leave,
        change: { kind: "MEMBER_LEFT", memberFin: family.fins[0] },
      }),
    ).rejects.toMatchObject({ message: "changeRepresentativeLeaves" });
    await expect(api(caseworker).changes.reportAtOffice({ ...leave, changedOn: "2026-06-11" })).rejects.toMatchObject({
      message: "changeDateFuture",
    });
    // A note is required and kept short.
    for (const bad of ["  ", "x".repeat(501)])
      await expect(api(caseworker).changes.reportAtOffice({ ...leave, note: bad })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    expect(await db.changeReport.count({ where: { applicationId: family.application.id } })).toBe(0);

    const report = await api(caseworker).changes.reportAtOffice(leave);
    expect(report.reportedInTime).toBe(true);
    const stored = await db.changeReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({
      kind: "MEMBER_LEFT",
      status: "RECEIVED",
      reportedById: caseworker.id,
      byStaff: true,
      staffNote: note,
    });
    // The day the office heard of it is the day it was reported; the deadline counts from the change, as ever.
    expect(calendarDateFromDb(stored.reportedOn)).toBe("2026-06-10");
    expect(calendarDateFromDb(stored.changedOn)).toBe("2026-06-01");
    const audit = await db.auditLog.findMany({ where: { action: "change.report", entityId: report.id } });
    expect(audit.map((a) => [a.actorUserId, a.actorRole, a.districtCode, a.details])).toEqual([
      [caseworker.id, "CASEWORKER", "BAK-NASIMI", { kind: "MEMBER_LEFT", reportedInTime: true }],
    ]);

    // One open report at a time, whoever reports: the family's page and the case file both say so.
    await expect(api(family.citizen).changes.report({ ...familyLeave, changedOn: "2026-06-02" })).rejects.toMatchObject(
      { message: "changeReportOpen" },
    );
    const familyView = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(familyView.canReport).toBe(false);
    expect(familyView.reports.map((r) => [r.kind, r.atOffice])).toEqual([["MEMBER_LEFT", true]]);
    expect(JSON.stringify(familyView)).not.toContain(note);
    const staffView = await api(caseworker).changes.caseReports({ applicationId: family.application.id });
    expect(staffView.canReport).toBe(false);
    expect(staffView.reports.map((r) => [r.byStaff, r.staffNote])).toEqual([[true, note]]);

    // The reassessment takes it like any report.
    expect(await applyReportedChange(db, { reportId: report.id, now })).toEqual({
      kind: "APPLIED",
      asOf: "2026-06-10",
    });
    expect(
      (await db.familyMember.findMany({ where: { applicationId: family.application.id } })).map((m) => m.fin),
    ).toEqual([family.fins[0]]);
  });

  it("is only for the caseworkers and supervisors of the family's district, and only staff leave a note", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const input = {
      applicationId: family.application.id,
      changedOn: "2026-06-05",
      change: { kind: "MEMBER_LEFT" as const, memberFin: family.fins[1]! },
    };
    const ganja = await staffSession(db, "caseworker.ganja@vemtas.local");
    const admin = await staffSession(db, "admin@vemtas.local");
    const inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");

    // Another district's case does not exist for its staff; other roles may not record at all.
    await expect(api(ganja).changes.reportAtOffice({ ...input, note })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(ganja).changes.caseReports({ applicationId: family.application.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const user of [admin, inspector, family.citizen])
      await expect(api(user).changes.reportAtOffice({ ...input, note })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The service itself: staff without a note, or the family with one, are refused.
    await expect(reportChange(db, supervisor, input, now, { announce })).rejects.toMatchObject({
      message: "forbidden",
    });
    await expect(reportChange(db, family.citizen, input, now, { announce }, note)).rejects.toMatchObject({
      message: "forbidden",
    });
    expect(await db.changeReport.count({ where: { applicationId: family.application.id } })).toBe(0);

    // The supervisor may record it too; the reassessment is announced as for the family's own report.
    const report = await reportChange(db, supervisor, input, now, { announce }, note);
    expect(announced).toContain(`${family.application.id}:${report.id}`);
    expect(await db.changeReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      reportedById: supervisor.id,
      byStaff: true,
    });
  });
});
