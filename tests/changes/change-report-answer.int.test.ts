import { describe, expect, it } from "vitest";
import { decideChangeReport } from "@/server/services/changes/decide-change-report";
import { findChangeReviewers } from "@/server/services/changes/find-change-reviewers";
import {
  findUnannouncedChangeDecisions,
  findUnannouncedChangeReports,
} from "@/server/services/changes/find-unannounced-changes";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { changeReportFile } from "../support/change-report-file";
import { staffSession } from "../support/seed-reference";

// The staff's side of a change report the engine sent to review (issue 14): who is told, the queue on the staff
// home, the report's file on the case page, the answer's authorization and field errors, and what the sweep
// finds when an announcement was lost.

const { testDb, now, api, assignedFamily, reportMemberLeft } = changeReportFile("changes_answer");
const later = new Date(now.getTime() + 11 * 60_000);

/** A Nəsimi family's report that a member left, reassessed without agency data: in review. */
async function reportInReview() {
  const { db } = testDb.current();
  const family = await assignedFamily();
  const report = await reportMemberLeft(family);
  expect((await findUnannouncedChangeReports(db, { now: later })).map((r) => r.reportId)).toContain(report.id);
  await applyReportedChange(db, { reportId: report.id, now });
  // Moved on by the reassessment's first step: not announced again.
  expect((await findUnannouncedChangeReports(db, { now: later })).map((r) => r.reportId)).not.toContain(report.id);
  expect((await reassessChange(db, { reportId: report.id, now })).kind).toBe("IN_REVIEW");
  return { family, report };
}

describe("a change report in review", () => {
  it("is told to the district's caseworkers and listed in their queue only", async () => {
    const { db } = testDb.current();
    const { family, report } = await reportInReview();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const ganja = await staffSession(db, "caseworker.ganja@vemtas.local");

    const { staffUserIds } = await findChangeReviewers(db, report.id);
    expect(staffUserIds).toContain(caseworker.id);
    expect(staffUserIds).not.toContain(supervisor.id);
    expect(staffUserIds).not.toContain(ganja.id);

    const queue = await api(caseworker).changes.inReview();
    expect(queue.find((r) => r.reportId === report.id)).toMatchObject({
      applicationId: family.application.id,
      registrationNumber: family.application.registrationNumber,
      kind: "MEMBER_LEFT",
      reportedOn: "2026-06-10",
      reportedInTime: true,
    });
    expect(await db.auditLog.count({ where: { action: "change.listInReview", actorUserId: caseworker.id } })).toBe(1);
    expect((await api(ganja).changes.inReview()).map((r) => r.reportId)).not.toContain(report.id);
    await expect(api(family.citizen).changes.inReview()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows its file to the district's staff only, audited", async () => {
    const { db } = testDb.current();
    const { family, report } = await reportInReview();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const ganja = await staffSession(db, "supervisor.ganja@vemtas.local");

    await expect(api(ganja).changes.reportFile({ reportId: report.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(family.citizen).changes.reportFile({ reportId: report.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const file = await api(caseworker).changes.reportFile({ reportId: report.id });
    expect(file.report).toMatchObject({
      kind: "MEMBER_LEFT",
      change: { kind: "MEMBER_LEFT", memberFin: family.fins[1] },
      changedOn: "2026-06-05",
      reportedOn: "2026-06-10",
      status: "IN_REVIEW",
    });
    expect(file.proposal?.proposedOutcome).toMatch(/^(ASSIGN|REFUSE)$/);
    expect(file.proposal?.reasons.length).toBeGreaterThan(0);
    expect(file.current).toMatchObject({ outcome: "ASSIGN" });
    expect(file.viewer).toEqual({ canAnswer: true, canOverride: false });
    expect(
      await db.auditLog.count({
        where: { action: "change.readReport", entityId: report.id, actorUserId: caseworker.id },
      }),
    ).toBe(1);
    // Nothing of another district, nor a report that does not exist, is told apart.
    await expect(api(caseworker).changes.reportFile({ reportId: "x-missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is answered by a caseworker as proposed, with field errors as catalog keys; a lost announcement is found by the sweep", async () => {
    const { db } = testDb.current();
    const { family, report } = await reportInReview();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const file = await api(caseworker).changes.reportFile({ reportId: report.id });
    const proposed = file.proposal!.proposedOutcome as "ASSIGN" | "REFUSE";

    const bad = api(caseworker).changes.decideReport({ reportId: report.id, outcome: proposed, reason: " short " });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const fields = await bad.catch((e: { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }) =>
      e.cause?.issues?.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
    expect(fields).toEqual([{ path: "reason", message: "reviewForm.errors.reasonTooShort" }]);
    await expect(
      api(family.citizen).changes.decideReport({
        reportId: report.id,
        outcome: proposed,
        reason: "The family's situation is as the engine computed it.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The event is lost: the answer stands, the failure is audited, and the sweep finds the untold decision.
    const decided = await decideChangeReport(
      db,
      caseworker,
      { reportId: report.id, outcome: proposed, reason: "The family's situation is as the engine computed it." },
      now,
      {
        announce: async () => {
          throw new Error("engine unreachable");
        },
      },
    );
    expect(decided.decisionId).not.toBeNull();
    // (The report's own announcement failed too in this test, without an engine: audited with the family as actor.)
    expect(
      await db.auditLog.count({
        where: { action: "change.announceFailed", entityId: report.id, actorUserId: caseworker.id },
      }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { action: "change.decide", entityId: report.id } })).toBe(1);
    expect(await findUnannouncedChangeDecisions(db, { now })).toEqual([]);
    expect(await findUnannouncedChangeDecisions(db, { now: later })).toContainEqual({
      applicationId: family.application.id,
      decisionId: decided.decisionId,
    });
    const after = await api(caseworker).changes.reportFile({ reportId: report.id });
    expect(after.viewer.canAnswer).toBe(false);
    expect(after.report.status).toBe("DECIDED");
    expect((await api(caseworker).changes.inReview()).map((r) => r.reportId)).not.toContain(report.id);
  });

  it("shows, once decided, what was answered, by whom, when and why, and the amount paid now and after", async () => {
    const { db } = testDb.current();
    const { report } = await reportInReview();
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const before = await api(supervisor).changes.reportFile({ reportId: report.id });
    const paid = before.current?.amountQepik;
    expect(paid).toBeGreaterThan(0);
    expect(before.answer).toBeNull();
    const reason = "The member who left earned the family's only wage; the assistance ends.";
    await decideChangeReport(db, supervisor, { reportId: report.id, outcome: "REFUSE", reason }, now, {
      announce: async () => {},
    });

    const after = await api(supervisor).changes.reportFile({ reportId: report.id });
    expect(after.report.status).toBe("DECIDED");
    expect(after.answer).toEqual({
      outcome: "REFUSE",
      amountQepik: null,
      effectiveFrom: "2026-07-01",
      decidedBy: supervisor.name,
      decidedAt: now,
      reason,
    });
    // June is still paid at the earlier amount: the answer rules from 1 July, when nothing is paid any more.
    expect(after.current).toEqual({ outcome: "ASSIGN", amountQepik: paid });
    const july = await api(supervisor, new Date("2026-07-02T08:00:00Z")).changes.reportFile({ reportId: report.id });
    expect(july.current).toEqual({ outcome: "REFUSE", amountQepik: null });
  });

  it("shows an assignment that goes on with its new amount from the 1st of next month", async () => {
    const { db } = testDb.current();
    const { report } = await reportInReview();
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const file = await api(supervisor).changes.reportFile({ reportId: report.id });
    const paid = file.current!.amountQepik;
    // The engine's amount when it proposes one; else the supervisor assigns against it at the assignment's own.
    const proposed = file.proposal!.amountQepik;
    const { proposalId } = await db.changeReport.findUniqueOrThrow({ where: { id: report.id } });
    if (!proposed) await db.decision.update({ where: { id: proposalId! }, data: { amountQepik: 12_345 } });
    const newAmount = proposed || 12_345;
    await decideChangeReport(
      db,
      supervisor,
      { reportId: report.id, outcome: "ASSIGN", reason: "The family still qualifies at the engine's amount." },
      now,
      { announce: async () => {} },
    );
    const after = await api(supervisor).changes.reportFile({ reportId: report.id });
    expect(after.answer).toMatchObject({ outcome: "ASSIGN", amountQepik: newAmount, effectiveFrom: "2026-07-01" });
    expect(after.current).toEqual({ outcome: "ASSIGN", amountQepik: paid });
    // A later report's answer replaces the amount already decided from July, which "paid now" does not show.
    expect(file.ahead).toBeNull();
    expect(after.ahead).toEqual({ outcome: "ASSIGN", amountQepik: newAmount, from: "2026-07-01" });
    const july = await api(supervisor, new Date("2026-07-02T08:00:00Z")).changes.reportFile({ reportId: report.id });
    expect(july.current).toEqual({ outcome: "ASSIGN", amountQepik: newAmount });
    expect(july.ahead).toBeNull();
  });

  it("refuses to go on at no amount, and changes nothing: the family's income leaves none", async () => {
    const { db } = testDb.current();
    const { family, report } = await reportInReview();
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const { proposalId } = await db.changeReport.findUniqueOrThrow({ where: { id: report.id } });
    await db.decision.update({ where: { id: proposalId! }, data: { amountQepik: 0 } });
    await expect(
      decideChangeReport(
        db,
        supervisor,
        { reportId: report.id, outcome: "ASSIGN", reason: "The family still qualifies at the engine's amount." },
        now,
        { announce: async () => {} },
      ),
    ).rejects.toMatchObject({ code: "changeAnswerNoAmount", details: { field: "outcome" } });
    expect((await db.changeReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("IN_REVIEW");
    expect((await db.application.findUniqueOrThrow({ where: { id: family.application.id } })).status).toBe("ASSIGNED");
  });
});
