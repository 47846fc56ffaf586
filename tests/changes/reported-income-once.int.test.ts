import { describe, expect, it } from "vitest";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { applyReportedChange } from "@/server/services/changes/reassess-change";
import { changeReportFile } from "../support/change-report-file";

// A new job reported during the period is counted as the family's income now, over the whole window, but once:
// in the months the labour registry already shows it, its wage is not added again (to-assessment-input.ts,
// `alreadyRegistered`). Found by a hand computation: the second member's May wage counted twice.

const { testDb, now, api, assignedFamily } = changeReportFile("changes_income_once");

describe("an income gained during the period", () => {
  it("keeps the day it began and is counted once in the months the registry shows it", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [, second = ""] = family.fins;
    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-05-18",
      change: { kind: "INCOME_GAINED", memberFin: second, type: "WAGE", registered: true, monthlyQepik: 40_000 },
    });
    expect(await applyReportedChange(db, { reportId: report.id, now })).toEqual({
      kind: "APPLIED",
      asOf: "2026-06-10",
    });
    const income = await db.declaredIncome.findFirstOrThrow({
      where: { applicationId: family.application.id, memberFin: second },
    });
    expect(income.startedOn?.toISOString().slice(0, 10)).toBe("2026-05-18");
    // A job with a labour contract: the registry's where it shows it, and never offered again at renewal.
    expect(income.registered).toBe(true);

    // The reassessment asked the labour registry again (12 months before the report): it shows the May wage.
    await db.agencyResult.create({
      data: {
        applicationId: family.application.id,
        agency: "labour",
        memberFin: second,
        available: true,
        data: {
          kind: "OK",
          reply: {
            fin: second,
            periodFrom: "2025-06-01",
            periodTo: "2026-05-31",
            contracts: [{ employerTin: "1234567890", position: "satıcı", from: "2026-05-18", to: null }],
            wages: [{ month: "2026-05", employerTin: "1234567890", amountQepik: 40_000 }],
          },
        },
        fetchedAt: now,
      },
    });
    const { input } = await buildVerifiedCase({ applicationId: family.application.id, asOf: "2026-06-10" }, { db });
    const hers = (input.incomes ?? []).filter((i) => i.memberFin === second);
    expect(hers).toHaveLength(12);
    expect(hers.every((i) => i.amountQepik === 40_000)).toBe(true);
    expect(hers.filter((i) => i.month === "2026-05").map((i) => i.source)).toEqual(["AGENCY:LABOUR_CONTRACTS"]);
    expect(hers.filter((i) => i.source === "DECLARED")).toHaveLength(11);
  });
});
