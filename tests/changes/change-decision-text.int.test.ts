import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { explainReasons } from "@/server/content/reasons/reason-message";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { REASON_KIND_BY_CODE } from "@/server/domain/reasons";
import { decideChangeReport } from "@/server/services/changes/decide-change-report";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { changeReportFile } from "../support/change-report-file";
import { staffSession } from "../support/seed-reference";

// A change decision says what it follows and the months it rules (found on a browser walk: its letter said "changed
// from January 1" while its reason said "Monthly assistance … from 1 Dec 2026 to 30 Nov 2027", counted the income
// "before the month of application", and nothing named the change). The family (assigned May 2026 – April 2027)
// reports on 10 June 2026 that its first member started a job with a labour contract on 1 June, 450 AZN a month.

const { testDb, now, api, announce, assignedFamily } = changeReportFile("changes_decision_text");

describe("a change decision", () => {
  it("states the months its amount is in force and the income before the report's month, and names the change on every page", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [worker = ""] = family.fins;
    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-06-01",
      change: { kind: "INCOME_GAINED", memberFin: worker, type: "WAGE", registered: true, monthlyQepik: 45_000 },
    });
    await applyReportedChange(db, { reportId: report.id, now });
    const reassessed = await reassessChange(db, { reportId: report.id, now });
    expect(reassessed.kind).toBe("IN_REVIEW");
    // The engine's assignment reason as it writes it, on the period a first decision on the report's day would have
    // (as when a person's decision in force is not overturned by the engine alone).
    const engineReason = explainReasons(
      [
        {
          code: "LOW_INCOME_ASSIGNED",
          kind: REASON_KIND_BY_CODE.LOW_INCOME_ASSIGNED,
          evidence: {
            sources: [],
            facts: {
              memberCount: 2,
              needCriterionQepik: 24_600,
              thresholdQepik: 49_200,
              averageIncomeQepik: 22_500,
              amountQepik: 26_700,
              periodFrom: "2026-06-01",
              periodTo: "2027-05-31",
            },
          },
        },
      ],
      new Map(),
    );
    await db.decision.update({
      where: { id: reassessed.kind === "IN_REVIEW" ? reassessed.proposalId : "" },
      data: {
        proposedOutcome: "ASSIGN",
        amountQepik: 26_700,
        reasons: engineReason as unknown as Prisma.InputJsonValue,
      },
    });
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const decided = await decideChangeReport(
      db,
      supervisor,
      { reportId: report.id, outcome: "ASSIGN", reason: "The new wage keeps the family below the need criterion." },
      now,
      { announce },
    );
    const decision = await db.decision.findUniqueOrThrow({ where: { id: decided.decisionId ?? "" } });
    expect(calendarDateFromDb(decision.effectiveFrom!)).toBe("2026-07-01");
    const periodTo = calendarDateFromDb(decision.periodTo!);

    // Its reason: the new amount from its first month to the period's end, the income before the report's month.
    const reasons = decision.reasons as { code: string; evidence?: { facts: object }; message: { en: string } }[];
    const assigned = reasons.find((r) => r.code === "LOW_INCOME_ASSIGNED");
    expect(assigned?.evidence?.facts).toMatchObject({
      periodFrom: "2026-07-01",
      periodTo,
      reassessedOn: "2026-06-10",
    });
    expect(assigned?.message.en).toContain("before the month in which the change was reported was 225.00 AZN");
    expect(assigned?.message.en).toMatch(/Monthly assistance: 267\.00 AZN, from 1 Jul 2026 to \d{1,2} \w+ 2027\./);
    expect(assigned?.message.en).not.toContain("1 Jun 2026");

    // The family's list: whom, how much, from when; the staff's: the same and the outcome, with the decision's id.
    const own = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    const name = await db.familyMember.findFirstOrThrow({
      where: { applicationId: family.application.id, fin: worker },
      select: { firstName: true, lastName: true },
    });
    expect(own.reports[0]).toMatchObject({
      member: `${name.firstName} ${name.lastName}`,
      monthlyQepik: 45_000,
      changedOn: "2026-06-01",
      decision: { outcome: "ASSIGN", amountQepik: 26_700, effectiveFrom: "2026-07-01" },
    });
    const staff = await api(supervisor).changes.caseReports({ applicationId: family.application.id });
    expect(staff.reports[0]).toMatchObject({
      member: `${name.firstName} ${name.lastName}`,
      monthlyQepik: 45_000,
      result: { id: decision.id, outcome: "ASSIGN", amountQepik: 26_700, effectiveFrom: "2026-07-01" },
    });

    // The letter names the change it follows.
    const letter = await api(family.citizen).application.letter({ applicationId: family.application.id });
    expect(letter.change).toMatchObject({
      kind: "INCOME_GAINED",
      member: `${name.firstName} ${name.lastName}`,
      monthlyQepik: 45_000,
      changedOn: "2026-06-01",
      reportedOn: "2026-06-10",
    });
  });
});
