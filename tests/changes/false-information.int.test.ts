import { describe, expect, it } from "vitest";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { submitApplication } from "@/server/services/applications/submit-application";
import { periodDecisionMessage } from "@/server/services/changes/period-decision-notice";
import { recordFalseInformation } from "@/server/services/changes/record-false-information";
import { changeReportFile } from "../support/change-report-file";
import { citizenSession, staffSession } from "../support/seed-reference";
import { familyOfFour } from "../applications/wizard-draft";

// Ground 9 during the assistance period (issue 14): a false-information finding and its one-year bar.

// 15:00 UTC on 30 June is already 1 July in Baku (UTC+4): dates of law are Baku dates.
const { testDb, api, announced, announce, assignedFamily } = changeReportFile("changes_false_info");

describe("ground 9: a false-information finding", () => {
  it("is recorded by the district's staff only, refuses on ground 9 from next month, bars the family a year in Baku dates, audited", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const ganja = await staffSession(db, "supervisor.ganja@vemtas.local");
    // 20:30 UTC on 30 June is already 1 July in Baku: the finding's "today", and the month after it, are Baku's.
    const lateEvening = new Date("2026-06-30T20:30:00Z");
    const finding = {
      applicationId: family.application.id,
      what: "A wage from a registered employer was not declared",
      evidence: "Labour contract in the register",
      foundOn: "2026-07-01",
    };

    await expect(api(ganja, lateEvening).changes.recordFalseInformation(finding)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api(family.citizen, lateEvening).changes.recordFalseInformation(finding)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      api(caseworker, lateEvening).changes.recordFalseInformation({ ...finding, foundOn: "2026-07-02" }),
    ).rejects.toMatchObject({ message: "findingDateFuture" });

    const recorded = await recordFalseInformation(db, caseworker, finding, lateEvening, { announce });
    expect(recorded.barEndsOn).toBe("2027-07-01");
    const decision = await db.decision.findUniqueOrThrow({ where: { id: recorded.decisionId ?? "" } });
    expect(decision).toMatchObject({ outcome: "REFUSE", final: true, decidedBy: caseworker.id, amountQepik: null });
    // Found on 1 July (Baku): the assignment ends from 1 August, July is still paid.
    expect(calendarDateFromDb(decision.effectiveFrom!)).toBe("2026-08-01");
    expect((decision.reasons as { code: string }[]).map((r) => r.code)).toEqual(["FALSE_INFORMATION_BAR"]);
    expect((await db.application.findUniqueOrThrow({ where: { id: family.application.id } })).status).toBe("REFUSED");
    const audit = await db.auditLog.findMany({
      where: { action: "falseInformation.record", entityId: recorded.findingId },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: caseworker.id, districtCode: "BAK-NASIMI" });
    expect(JSON.stringify(audit[0]?.details)).not.toContain("wage");
    expect(await periodDecisionMessage(db, decision.id)).toEqual({
      outcome: "REFUSE",
      cause: "FALSE_INFORMATION",
      decisionId: decision.id,
      effectiveFrom: "2026-08-01",
      barEndsOn: "2027-07-01",
    });
    expect(announced).toContain(`${family.application.id}:${decision.id}`);

    // A new application naming any member within the year is refused at once, with the day the bar ends.
    const again = await citizenSession(db, family.fins[1]!);
    const draft = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
    const { id } = await api(again, lateEvening).application.start({ locale: "en" });
    const withMember = {
      ...draft,
      members: [
        { ...draft.members![0]!, fin: family.fins[0]! },
        ...draft.members!.slice(1).map((m, i) => ({ ...m, fin: `Z${i}BARRD` })),
      ],
    };
    const { version } = await api(again, lateEvening).application.saveDraft({
      applicationId: id,
      expectedVersion: 0,
      draft: withMember,
    });
    const submit = (at: Date) =>
      submitApplication(db, again, { applicationId: id, expectedVersion: version, locale: "en" }, at, {
        announce: async () => undefined,
      });
    await expect(submit(new Date("2027-06-30T19:59:00Z"))).rejects.toMatchObject({
      code: "familyBarredFalseInformation",
      details: { field: "contact", until: "2027-07-01" },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    // From the bar's last day's end in Baku (20:00 UTC = midnight in Baku) the family may apply again.
    await submit(new Date("2027-06-30T20:00:00Z"));
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("is refused on a case still in the chain", async () => {
    const { db } = testDb.current();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const family = await assignedFamily();
    await db.application.update({ where: { id: family.application.id }, data: { status: "AWAITING_REVIEW" } });
    await expect(
      api(caseworker).changes.recordFalseInformation({
        applicationId: family.application.id,
        what: "Undeclared car in the family's use",
        evidence: "Traffic police register",
        foundOn: "2026-06-01",
      }),
    ).rejects.toMatchObject({ message: "caseNotDecided" });
    expect(await db.falseInformationFinding.count({ where: { applicationId: family.application.id } })).toBe(0);
  });
});
