import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { applicantSession, staffSession } from "../support/seed-reference";
import { submittedApplication } from "../support/case-fixtures";
import { assistanceYearFile, code } from "../payments/assistance-year-fixtures";

// *Needs attention* (`workspace.attention`, the attention page and the staff home) on a real database: one read
// holds what the chain cannot settle (here a family whose payments stopped) beside the caseload's flagged cases.
// The attention page used to read the caseload alone, so a stopped family was on the home page only.

const { db, api, family, stoppedFromJune, caseworker, otherDistrict } = assistanceYearFile("needs_attention");
const june15 = new Date("2026-06-15T08:00:00Z");
let supervisor: SessionUser;
let inspector: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
  admin = await staffSession(db(), "admin@vemtas.local");
});

describe("needs attention", () => {
  it("lists a family whose payments stopped beside the district's flagged cases, within the district, audited", async () => {
    const stopped = await family();
    await stoppedFromJune(stopped.application.id);
    // An open case of the district past its decision deadline: the caseload flags it.
    const late = await submittedApplication(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-05-04",
      status: "AWAITING_REVIEW",
    });

    const before = await db().auditLog.count({ where: { action: { in: ["attention.list", "caseload.list"] } } });
    for (const user of [caseworker(), supervisor]) {
      const { problems, cases } = await api(user, june15).workspace.attention();
      expect(problems.filter((p) => p.applicationId === stopped.application.id)).toMatchObject([
        {
          kind: "PAYMENTS_STOPPED",
          registrationNumber: stopped.application.registrationNumber,
          since: new Date("2026-06-01T00:00:00Z"),
        },
      ]);
      expect(cases.rows.map((r) => r.applicationId)).toContain(late.application.id);
    }
    // Each read of the page is one audit row (it was two, one per list), with both counts and what it showed.
    const rows = await db().auditLog.findMany({
      where: { action: { in: ["attention.list", "caseload.list"] } },
      orderBy: { at: "asc" },
      skip: before,
    });
    expect(rows.map((r) => [r.action, r.actorUserId])).toEqual([
      ["attention.list", caseworker().id],
      ["attention.list", supervisor.id],
    ]);
    expect(rows.every((r) => r.districtCode === "BAK-NASIMI" && r.applicationId === null)).toBe(true);
    for (const row of rows) {
      expect(row.details).toEqual({ problems: expect.any(Number), cases: expect.any(Number) });
      expect(row.shownApplicationIds).toEqual(expect.arrayContaining([stopped.application.id, late.application.id]));
    }

    // Another district's caseworker sees neither.
    const theirs = await api(otherDistrict(), june15).workspace.attention();
    expect(theirs.problems.map((p) => p.applicationId)).not.toContain(stopped.application.id);
    expect(theirs.cases.rows.map((r) => r.applicationId)).not.toContain(late.application.id);
  });

  it("is for the district's caseworkers and supervisors only", async () => {
    const f = await family();
    for (const user of [inspector, admin, await applicantSession(db(), f.application.id)])
      expect(await api(user, june15).workspace.attention().catch(code)).toBe("FORBIDDEN");
  });
});
