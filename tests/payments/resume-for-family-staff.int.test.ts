import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { staffSession } from "../support/seed-reference";
import { assistanceYearFile, code } from "./assistance-year-fixtures";

// A caseworker or supervisor resumes a stopped family's payments at the office (docs/payments.md, "Resuming after
// the 2-month stop"), on a real database: the same rules and the same single request as the family's own, only in
// the caller's district, with who asked and why kept on the request, audited.

const { db, api, family, stoppedFromJune, statuses, caseworker, otherDistrict } =
  assistanceYearFile("resume_for_family_staff");
const june15 = new Date("2026-06-15T08:00:00Z");
const note = "The family asked at the office: no smartphone.";
let supervisor: SessionUser;
let inspector: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
  admin = await staffSession(db(), "admin@vemtas.local");
});

const stoppedCount = async (applicationId: string) =>
  Object.values(await statuses(applicationId)).filter((s) => s === "STOPPED").length;

describe("staff resume payments on the family's behalf", () => {
  it("pays again from the month after the request, no back pay, once however often asked, with who and why", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const input = { applicationId: f.application.id, note };
    expect(await api(caseworker(), june15).assistanceYear.resumeForFamily(input)).toEqual({
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
        .map(([, s]) => s),
    ).toEqual(Array(8).fill("PLANNED"));

    // A second click, a second tab, the supervisor, or the family itself: the same answer, nothing more done.
    for (const again of [
      api(caseworker(), june15).assistanceYear.resumeForFamily(input),
      api(supervisor, june15).assistanceYear.resumeForFamily(input),
      api(f.citizen, june15).assistanceYear.resume({ applicationId: f.application.id }),
    ])
      expect(await again).toEqual({ outcome: "RESUMED", resumeFrom: "2026-07", monthsResumed: 8, repeated: true });
    expect(await statuses(f.application.id)).toEqual(after);

    const requests = await db().paymentResumeRequest.findMany({ where: { applicationId: f.application.id } });
    expect(requests.map((r) => [r.requestedById, r.byStaff, r.staffNote])).toEqual([[caseworker().id, true, note]]);
    const audit = await db().auditLog.findMany({
      where: { action: "payments.resume-requested", applicationId: f.application.id },
    });
    expect(audit.map((a) => [a.actorUserId, a.actorRole, a.details])).toEqual([
      [
        caseworker().id,
        "CASEWORKER",
        { stoppedFrom: "2026-06", requestMonth: "2026-06", resumeFrom: "2026-07", monthsResumed: 8 },
      ],
    ]);

    // The case file shows who resumed and why; the family's page only that it was done at the office.
    const staffView = await api(supervisor, june15).assistanceYear.months({ applicationId: f.application.id });
    expect(staffView.stop).toBeNull();
    expect(staffView.lastResume).toMatchObject({
      resumeFrom: "2026-07",
      byStaff: true,
      staff: { name: caseworker().name, note },
    });
    const familyView = await api(f.citizen, june15).assistanceYear.months({ applicationId: f.application.id });
    expect(familyView.lastResume).toMatchObject({ resumeFrom: "2026-07", byStaff: true, staff: null });
  });

  it("concurrent clicks make one request", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const input = { applicationId: f.application.id, note };
    const results = await Promise.all([
      api(caseworker(), june15).assistanceYear.resumeForFamily(input),
      api(supervisor, june15).assistanceYear.resumeForFamily(input),
    ]);
    expect(results.map((r) => r.repeated).sort()).toEqual([false, true]);
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(1);
    expect(await stoppedCount(f.application.id)).toBe(1);
  });

  it("in the period's last month resumes nothing", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const feb = new Date("2027-02-10T08:00:00Z");
    expect(
      await api(caseworker(), feb).assistanceYear.resumeForFamily({ applicationId: f.application.id, note }),
    ).toEqual({ outcome: "PERIOD_ENDING", resumeFrom: null, monthsResumed: 0, repeated: false });
    expect(await stoppedCount(f.application.id)).toBe(9);
  });

  it("is refused outside the caller's district, to other roles, and without a note, changing nothing", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const input = { applicationId: f.application.id, note };
    await expect(api(otherDistrict(), june15).assistanceYear.resumeForFamily(input)).rejects.toSatisfy(
      (e) => code(e) === "NOT_FOUND",
    );
    for (const user of [inspector, admin, f.citizen])
      await expect(api(user, june15).assistanceYear.resumeForFamily(input)).rejects.toSatisfy(
        (e) => code(e) === "FORBIDDEN",
      );
    for (const bad of ["", "  ", "x".repeat(501)])
      await expect(
        api(caseworker(), june15).assistanceYear.resumeForFamily({ applicationId: f.application.id, note: bad }),
      ).rejects.toSatisfy((e) => code(e) === "BAD_REQUEST");
    await expect(
      api(caseworker(), june15).assistanceYear.resumeForFamily({ applicationId: "no-such-application", note }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
    expect(await stoppedCount(f.application.id)).toBe(9);
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(0);
  });
});
