import { describe, expect, it } from "vitest";
import { fileAppeal } from "@/server/services/applications/file-appeal";
import { staffSession } from "../support/seed-reference";
import { changeReportFile } from "../support/change-report-file";

// A family brings a written appeal against its decision to the district office, and a caseworker or supervisor
// records it on the case file (docs/staff-workspace.md, "Record an appeal brought to the office"): the family's
// rules (one appeal per decision), a supervisor assigned as for the family's own appeal, only in the caller's
// district, with who recorded it and how it came kept on the appeal, audited.

const { testDb, now, api, assignedFamily } = changeReportFile("appeal_at_office");
const reason = "The registry's car was sold in 2024; the family has no vehicle now.";
const note = "Signed letter handed in by the applicant.";

describe("an appeal brought to the office", () => {
  it("is recorded by the district's staff with their note, goes to a supervisor, and shows on the case file", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const applicationId = family.application.id;
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    expect((await api(caseworker).workspace.caseFile({ applicationId })).appealable).toBe(true);

    // The reason is the family's and must say something; the note is required and kept short. Nothing is stored.
    await expect(
      api(caseworker).workspace.recordAppealAtOffice({ applicationId, reason: "too short", note }),
    ).rejects.toThrow(/errors\.appealReasonTooShort/);
    for (const bad of [" ", "x".repeat(501)])
      await expect(
        api(caseworker).workspace.recordAppealAtOffice({ applicationId, reason, note: bad }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.appeal.count({ where: { applicationId } })).toBe(0);

    // The family applied in Azerbaijani and wrote its letter in Russian: staff say so, and the supervisor is asked to
    // answer in Russian.
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).locale).toBe("az");
    const recorded = await api(caseworker).workspace.recordAppealAtOffice({
      applicationId,
      reason,
      note,
      locale: "ru",
    });
    const appeal = await db.appeal.findUniqueOrThrow({ where: { id: recorded.id } });
    expect(appeal).toMatchObject({
      status: "OPEN",
      reason,
      recordedById: caseworker.id,
      staffNote: note,
      locale: "ru",
    });
    // A supervisor of the district answers it, as for an appeal from the family's page.
    const supervisor = await db.user.findUniqueOrThrow({ where: { id: appeal.supervisorId ?? "" } });
    expect(supervisor).toMatchObject({ role: "SUPERVISOR", districtCode: "BAK-NASIMI" });
    const audit = await db.auditLog.findMany({ where: { action: "appeal.recordAtOffice", entityId: appeal.id } });
    expect(audit.map((a) => [a.actorUserId, a.actorRole, a.applicationId, a.districtCode, a.details])).toEqual([
      [caseworker.id, "CASEWORKER", applicationId, "BAK-NASIMI", { decisionId: appeal.decisionId }],
    ]);

    // The case file names who recorded it and why; no second appeal on the decision, from the office or the family.
    const file = await api(caseworker).workspace.caseFile({ applicationId });
    expect(file.appealable).toBe(false);
    expect(file.appeals.map((a) => a.atOffice)).toEqual([{ by: caseworker.name, note }]);
    // And the language the answer is written in: the appeal's, not the application's (az).
    expect(file.appeals.map((a) => a.locale)).toEqual(["ru"]);
    // So does the appeal's own page, where its supervisor answers it.
    const forSupervisor = await api(await staffSession(db, supervisor.email ?? "")).review.appeal({
      appealId: appeal.id,
    });
    expect(forSupervisor.appeal.atOffice).toEqual({ by: caseworker.name, note });
    expect(forSupervisor.appeal.locale).toBe("ru");
    await expect(api(caseworker).workspace.recordAppealAtOffice({ applicationId, reason, note })).rejects.toMatchObject(
      { message: "appealExists" },
    );
    await expect(api(family.citizen).application.appeal({ applicationId, reason })).rejects.toMatchObject({
      message: "appealExists",
    });
  });

  it("is only for the caseworkers and supervisors of the family's district, and only staff leave a note", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const applicationId = family.application.id;
    const ganja = await staffSession(db, "caseworker.ganja@vemtas.local");
    const admin = await staffSession(db, "admin@vemtas.local");
    const inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");

    await expect(api(ganja).workspace.recordAppealAtOffice({ applicationId, reason, note })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const user of [admin, inspector, family.citizen])
      await expect(api(user).workspace.recordAppealAtOffice({ applicationId, reason, note })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    // The service itself: staff without a note, or the family with one, are refused.
    await expect(fileAppeal(db, supervisor, { applicationId, reason }, now)).rejects.toMatchObject({
      message: "forbidden",
    });
    await expect(fileAppeal(db, family.citizen, { applicationId, reason }, now, note)).rejects.toMatchObject({
      message: "forbidden",
    });
    expect(await db.appeal.count({ where: { applicationId } })).toBe(0);

    // The family's own appeal is as before: no recorder, no note, no audit row of the office. Sent without a
    // language (a page loaded before it was asked), none is recorded, and the application's stands for it.
    const own = await api(family.citizen).application.appeal({ applicationId, reason });
    expect(await db.appeal.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      recordedById: null,
      staffNote: null,
      locale: null,
    });
    expect(await db.auditLog.count({ where: { action: "appeal.recordAtOffice", applicationId } })).toBe(0);
    const ownSupervisor = await db.user.findFirstOrThrow({ where: { appealsHandled: { some: { id: own.id } } } });
    const ownForSupervisor = await api(await staffSession(db, ownSupervisor.email ?? "")).review.appeal({
      appealId: own.id,
    });
    expect(ownForSupervisor.appeal.atOffice).toBeNull();
    expect(ownForSupervisor.appeal.locale).toBe("az");
    // The case file gives the application's language for it.
    const withOwn = await api(supervisor).workspace.caseFile({ applicationId });
    expect(withOwn.appeals.find((a) => a.id === own.id)?.locale).toBe("az");
  });
});
