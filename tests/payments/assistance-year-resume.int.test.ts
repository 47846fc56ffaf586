import { describe, expect, it } from "vitest";
import { assistanceYearFile, code, month } from "./assistance-year-fixtures";

// The family's request to resume after the 2-month stop (the stop is set here directly, as the payroll would), on
// a real database: from the month after the request, once however often asked, only the family's own.

const { db, api, family, stoppedFromJune, statuses, caseworker } = assistanceYearFile("assistance_year_resume");

describe("resuming after the 2-month stop", () => {
  it("pays again from the month after the request, never the stopped months before it, once however often asked", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const june15 = new Date("2026-06-15T08:00:00Z");
    expect(await api(f.citizen, june15).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "RESUMED",
      resumeFrom: "2026-07",
      monthsResumed: 8,
      repeated: false,
    });
    const after = await statuses(f.application.id);
    expect(after["2026-06"]).toBe("STOPPED");
    expect(
      Object.entries(after)
        .filter(([m]) => m >= "2026-07")
        .every(([, s]) => s === "PLANNED"),
    ).toBe(true);

    expect(await api(f.citizen, june15).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "RESUMED",
      resumeFrom: "2026-07",
      monthsResumed: 8,
      repeated: true,
    });
    expect(await statuses(f.application.id)).toEqual(after);
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(1);
    const audit = await db().auditLog.findMany({
      where: { action: "payments.resume-requested", applicationId: f.application.id },
    });
    expect(audit.map((a) => [a.actorUserId, a.actorRole, a.details])).toEqual([
      [
        f.citizen.id,
        "CITIZEN",
        { stoppedFrom: "2026-06", requestMonth: "2026-06", resumeFrom: "2026-07", monthsResumed: 8 },
      ],
    ]);

    // The page no longer offers to resume, and keeps the confirmation.
    const view = await api(f.citizen, june15).assistanceYear.months({ applicationId: f.application.id });
    expect(view.stop).toBeNull();
    expect(view.lastResume).toMatchObject({ stoppedFrom: "2026-06", resumeFrom: "2026-07", monthsResumed: 8 });
  });

  it("a later stop can be lifted again; the months stopped before the first request stay stopped", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: { in: [month("2026-07"), month("2026-08")] } },
      data: { status: "CREDITED" },
    });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: { gte: month("2026-09") } },
      data: { status: "STOPPED" },
    });
    const result = await api(f.citizen, new Date("2026-10-03T08:00:00Z")).assistanceYear.resume({
      applicationId: f.application.id,
    });
    expect(result).toEqual({ outcome: "RESUMED", resumeFrom: "2026-11", monthsResumed: 4, repeated: false });
    const after = await statuses(f.application.id);
    expect([after["2026-06"], after["2026-09"], after["2026-10"], after["2026-11"], after["2027-02"]]).toEqual([
      "STOPPED",
      "STOPPED",
      "STOPPED",
      "PLANNED",
      "PLANNED",
    ]);
  });

  it("in the period's last month resumes nothing and offers to apply again", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const feb = new Date("2027-02-10T08:00:00Z");
    const view = await api(f.citizen, feb).assistanceYear.months({ applicationId: f.application.id });
    expect(view.stop).toEqual({ stoppedFrom: "2026-06", resumable: false, resumeFrom: null });
    expect(view.renewal?.offered).toBe(true);
    expect(await api(f.citizen, feb).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "PERIOD_ENDING",
      resumeFrom: null,
      monthsResumed: 0,
      repeated: false,
    });
    expect(await api(f.citizen, feb).assistanceYear.resume({ applicationId: f.application.id })).toMatchObject({
      outcome: "PERIOD_ENDING",
      repeated: true,
    });
    expect(Object.values(await statuses(f.application.id)).filter((s) => s === "STOPPED")).toHaveLength(9);
  });

  it("does nothing when payments are not stopped", async () => {
    const f = await family();
    expect(
      await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).toEqual({ outcome: "NOT_STOPPED", resumeFrom: null, monthsResumed: 0, repeated: false });
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(0);
  });

  it("is not found for another family's application, and changes nothing there", async () => {
    const f = await family();
    const other = await family();
    await stoppedFromJune(f.application.id);
    await expect(
      api(other.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
    expect(Object.values(await statuses(f.application.id)).filter((s) => s === "STOPPED")).toHaveLength(9);
    await expect(
      api(caseworker(), new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).rejects.toSatisfy((e) => code(e) === "FORBIDDEN");
  });
});
