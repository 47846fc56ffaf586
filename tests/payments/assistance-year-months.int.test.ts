import { describe, expect, it } from "vitest";
import { assistanceYearFile, code, month } from "./assistance-year-fixtures";

// The family's and staff's list of an assignment's months (March 2026 to February 2027) on a real database: each
// month in words, arrears, who may read it, and when the assignment counts as ended.

const { db, api, family, stoppedFromJune, caseworker, otherDistrict } = assistanceYearFile("assistance_year_months");

describe("the month list", () => {
  it("shows the family each month in words, and the stop with what asking would do", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const view = await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.assignment).toMatchObject({
      amountQepik: 40_000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      ended: false,
    });
    expect(view.months).toHaveLength(12);
    expect(view.months.slice(0, 4).map((m) => [m.month, m.amountQepik, m.view])).toEqual([
      ["2026-03", 40_000, "WITHDRAWN"],
      ["2026-04", 40_000, "CREDITED"],
      ["2026-05", 40_000, "CREDITED"],
      ["2026-06", 40_000, "STOPPED"],
    ]);
    expect(view.stop).toEqual({ stoppedFrom: "2026-06", resumable: true, resumeFrom: "2026-07" });
    expect(view.renewal).toEqual({ offeredFrom: "2027-01-28", offered: false });
  });

  it("lists arrears payments", async () => {
    const f = await family();
    await db().paymentOrder.create({
      data: {
        applicationId: f.application.id,
        kind: "ARREARS",
        decisionId: f.decision.id,
        amountQepik: 5_000,
        idempotencyKey: `arrears-${f.decision.id}`,
        status: "CREDITED",
      },
    });
    const view = await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.arrears.map((a) => [a.amountQepik, a.status])).toEqual([[5_000, "CREDITED"]]);
  });

  it("is not found for another family, and outside the caseworker()'s district", async () => {
    const f = await family();
    const other = await family();
    const now = new Date("2026-06-15T08:00:00Z");
    await expect(api(other.citizen, now).assistanceYear.months({ applicationId: f.application.id })).rejects.toSatisfy(
      (e) => code(e) === "NOT_FOUND",
    );
    await expect(
      api(otherDistrict(), now).assistanceYear.months({ applicationId: f.application.id }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
  });

  it("is the same on the staff case file, and the staff read is audited", async () => {
    const f = await family();
    const view = await api(caseworker(), new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.months.map((m) => m.view)).toEqual(Array(12).fill("PLANNED"));
    const rows = await db().auditLog.findMany({ where: { action: "payments.read", applicationId: f.application.id } });
    expect(rows.map((r) => [r.actorUserId, r.districtCode])).toEqual([[caseworker().id, "BAK-NASIMI"]]);
    // The family's own reads are not audited.
    await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({ applicationId: f.application.id });
    expect(await db().auditLog.count({ where: { action: "payments.read", applicationId: f.application.id } })).toBe(1);
  });

  it("shows the assignment ended once its last month is credited, or its period has passed", async () => {
    const f = await family();
    const before = await api(f.citizen, new Date("2027-02-10T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(before.assignment?.ended).toBe(false);
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: month("2027-02") },
      data: { status: "CREDITED" },
    });
    expect(
      (
        await api(f.citizen, new Date("2027-02-10T08:00:00Z")).assistanceYear.months({
          applicationId: f.application.id,
        })
      ).assignment?.ended,
    ).toBe(true);
    const g = await family();
    expect(
      (
        await api(g.citizen, new Date("2027-03-01T08:00:00Z")).assistanceYear.months({
          applicationId: g.application.id,
        })
      ).assignment?.ended,
    ).toBe(true);
  });
});
