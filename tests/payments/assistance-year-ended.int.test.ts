import { describe, expect, it } from "vitest";
import { applyAssignmentChange } from "@/server/services/payments/apply-assignment-change";
import { assistanceYearFile, code, month } from "./assistance-year-fixtures";

// The month list once a later decision ended the assignment (March 2026 to February 2027) on a real database: the
// months stay, with the decision that ended it and from when, and nothing offered that needs a running assignment.

const { db, api, family, stoppedFromJune, caseworker, otherDistrict } = assistanceYearFile("assistance_year_ended");

/** The assignment decided in March, as the chain would have (the fixture's decision is dated when it runs). */
async function assignedInMarch() {
  const f = await family();
  await db().decision.update({ where: { id: f.decision.id }, data: { createdAt: new Date("2026-03-20T09:00:00Z") } });
  return f;
}

/** A later final decision refusing, as a reassessment writes it, and the re-planning of the months it runs. */
async function refusedLater(
  f: Awaited<ReturnType<typeof family>>,
  at: Date,
  opts: { effectiveFrom: string | null; supersedes?: boolean },
) {
  const refusal = await db().decision.create({
    data: {
      applicationId: f.application.id,
      outcome: "REFUSE",
      final: true,
      decidedBy: "SYSTEM",
      effectiveFrom: opts.effectiveFrom ? new Date(`${opts.effectiveFrom}T00:00:00Z`) : null,
      ...(opts.supersedes ? { supersedesId: f.decision.id } : {}),
      reasons: [],
      rulesChecked: [],
      createdAt: at,
    },
  });
  await db().application.update({ where: { id: f.application.id }, data: { status: "REFUSED" } });
  await applyAssignmentChange(db(), { applicationId: f.application.id, decisionId: refusal.id, now: at });
  return refusal;
}

describe("the month list after a later decision ended the assignment", () => {
  it("keeps every month and says from when it ends, with no stop to resume and no renewal offered", async () => {
    const f = await assignedInMarch();
    await stoppedFromJune(f.application.id);
    // A change report reassessed to a refusal on 15 July: the assistance stops from 1 August.
    await refusedLater(f, new Date("2026-07-15T08:00:00Z"), { effectiveFrom: "2026-08-01" });

    const july = await api(f.citizen, new Date("2026-07-20T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(july.assignment).toBeNull();
    expect(july.endedByDecision).toEqual({ effectiveFrom: "2026-08-01", decidedOn: "2026-07-15", inForce: false });
    expect(july.months.map((m) => [m.month, m.view])).toEqual([
      ["2026-03", "WITHDRAWN"],
      ["2026-04", "CREDITED"],
      ["2026-05", "CREDITED"],
      ["2026-06", "STOPPED"],
      ["2026-07", "STOPPED"],
      ...["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"].map((m) => [m, "CANCELLED"]),
    ]);
    // Payments stopped before the end are not offered to resume, nor is the renewal.
    expect(july.stop).toBeNull();
    expect(july.renewal).toBeNull();

    // From its day it rules: the assistance has ended.
    const august = await api(f.citizen, new Date("2026-08-03T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(august.endedByDecision).toEqual({ effectiveFrom: "2026-08-01", decidedOn: "2026-07-15", inForce: true });
    expect(august.months).toHaveLength(12);

    // The staff case file reads the same facts; another district still reads nothing.
    const staff = await api(caseworker(), new Date("2026-08-03T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(staff.endedByDecision).toEqual(august.endedByDecision);
    expect(staff.months.map((m) => m.view)).toEqual(august.months.map((m) => m.view));
    await expect(
      api(otherDistrict(), new Date("2026-08-03T08:00:00Z")).assistanceYear.months({
        applicationId: f.application.id,
      }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
  });

  it("names the day of a decision that ends the whole period (an appeal's answer), whose months are cancelled", async () => {
    const f = await assignedInMarch();
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: { lt: month("2026-06") } },
      data: { status: "CREDITED" },
    });
    await refusedLater(f, new Date("2026-06-10T08:00:00Z"), { effectiveFrom: null, supersedes: true });
    const view = await api(f.citizen, new Date("2026-06-12T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.assignment).toBeNull();
    expect(view.endedByDecision).toEqual({ effectiveFrom: null, decidedOn: "2026-06-10", inForce: true });
    // Money paid is never taken back: the months credited stay credited.
    expect(view.months.slice(0, 4).map((m) => m.view)).toEqual(["CREDITED", "CREDITED", "CREDITED", "CANCELLED"]);
  });

  it("says nothing ended while the assignment runs", async () => {
    const f = await assignedInMarch();
    const view = await api(f.citizen, new Date("2026-07-20T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.assignment).not.toBeNull();
    expect(view.endedByDecision).toBeNull();
  });
});
