import { describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { changeReportFile } from "../support/change-report-file";
import { staffSession } from "../support/seed-reference";

// A wage reported during the period, from the report to "apply again" (found on a walk: a job with a labour contract
// the family reported as "Wages" came back at renewal under "income not in any register" — the wizard's "Work without
// a labour contract" — and, kept there, was counted twice: once from the labour registry, once as declared beyond it).
// The family (Aynur and her son, applied on 4 May 2026, assigned May 2026 – April 2027) reports on 10 June 2026 that
// Aynur began work on 18 May; the labour registry, asked again, shows her May wage. The renewal is on 5 April 2027.

const { testDb, now, api, assignedFamily } = changeReportFile("changes_wage_renewal");
const RENEWAL_DAY = new Date("2027-04-05T08:00:00Z");
const MONTHS_SINCE_MAY = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];

/** The labour registry's answer for one member: a contract from 18 May 2026 paying 400 AZN in the months given. */
async function labourAnswer(db: Db, applicationId: string, fin: string, period: [string, string], months: string[]) {
  await db.agencyResult.create({
    data: {
      applicationId,
      agency: "labour",
      memberFin: fin,
      available: true,
      data: {
        kind: "OK",
        reply: {
          fin,
          periodFrom: period[0],
          periodTo: period[1],
          contracts: months.length
            ? [{ employerTin: "1234567890", position: "satıcı", from: "2026-05-18", to: null }]
            : [],
          wages: months.map((month) => ({ month, employerTin: "1234567890", amountQepik: 40_000 })),
        },
      },
      fetchedAt: now,
    },
  });
}

/** Her income records in the engine's input: [month, amount, source], the registry's first. */
async function incomesOf(db: Db, applicationId: string, fin: string, asOf?: string) {
  const { input } = await buildVerifiedCase({ applicationId, ...(asOf ? { asOf } : {}) }, { db });
  return (input.incomes ?? []).filter((i) => i.memberFin === fin).map((i) => [i.month, i.amountQepik, i.source]);
}

/** "Apply again" on the renewal day: the new draft's income not in any register, as [type, amount]. */
async function renewalIncomes(citizen: SessionUser, applicationId: string) {
  const opened = await api(citizen, RENEWAL_DAY).assistanceYear.applyAgain({ applicationId, locale: "en" });
  const { draft, version } = await api(citizen, RENEWAL_DAY).application.draft({ applicationId: opened.id });
  return {
    id: opened.id,
    draft,
    version,
    incomes: (draft?.declarations?.incomes ?? []).map((i) => [i.memberFin, i.type, i.monthlyQepik]),
  };
}

describe("a wage reported during the period", () => {
  it("as a job with a labour contract: counted once in the reassessment, not offered at renewal, counted once after it", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [mother = ""] = family.fins;
    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-05-18",
      change: { kind: "INCOME_GAINED", memberFin: mother, type: "WAGE", registered: true, monthlyQepik: 40_000 },
    });
    await applyReportedChange(db, { reportId: report.id, now });
    expect(
      await db.declaredIncome.findMany({
        where: { applicationId: family.application.id },
        select: { type: true, registered: true, monthlyQepik: true },
      }),
    ).toEqual([{ type: "WAGE", registered: true, monthlyQepik: 40_000 }]);

    // The reassessment: her wage as it now is in each month of the window, May's from the registry, once.
    await labourAnswer(db, family.application.id, mother, ["2025-06-01", "2026-05-31"], ["2026-05"]);
    const reassessed = await incomesOf(db, family.application.id, mother, "2026-06-10");
    expect(reassessed).toHaveLength(12);
    expect(reassessed.every(([, amount]) => amount === 40_000)).toBe(true);
    expect(reassessed.filter(([month]) => month === "2026-05")).toEqual([
      ["2026-05", 40_000, "AGENCY:LABOUR_CONTRACTS"],
    ]);
    // The engine's figure: 400 AZN a month (the other agencies did not answer here, so a person reviews it).
    const outcome = await reassessChange(db, { reportId: report.id, now });
    expect(outcome.kind).toBe("IN_REVIEW");
    const proposal = await db.decision.findUniqueOrThrow({
      where: { id: outcome.kind === "IN_REVIEW" ? outcome.proposalId : "" },
    });
    expect(proposal.incomeQepik).toBe(40_000);

    // "Apply again": nothing under income not in any register; the new application takes the wage from the registry.
    const renewal = await renewalIncomes(family.citizen, family.application.id);
    expect(renewal.incomes).toEqual([]);
    const saved = await api(family.citizen, RENEWAL_DAY).application.saveDraft({
      applicationId: renewal.id,
      expectedVersion: renewal.version,
      draft: { ...renewal.draft, step: 5, consent: { agreed: true } },
    });
    await api(family.citizen, RENEWAL_DAY).application.submit({
      applicationId: renewal.id,
      expectedVersion: saved.version,
      locale: "en",
    });
    expect(await db.declaredIncome.count({ where: { applicationId: renewal.id } })).toBe(0);
    await labourAnswer(
      db,
      renewal.id,
      mother,
      ["2026-04-01", "2027-03-31"],
      [...MONTHS_SINCE_MAY, "2027-01", "2027-02", "2027-03"],
    );
    // Eleven months of 400 from the registry, nothing declared (it was 11 × 400 + 12 × 400 declared beyond it).
    const renewed = await incomesOf(db, renewal.id, mother);
    expect(renewed).toHaveLength(11);
    expect(renewed.every(([, amount, source]) => amount === 40_000 && source === "AGENCY:LABOUR_CONTRACTS")).toBe(true);
  });

  it("as work without a labour contract: counted in full beside the registry, and offered again at renewal", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [mother = ""] = family.fins;
    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-05-18",
      change: { kind: "INCOME_GAINED", memberFin: mother, type: "WAGE", registered: false, monthlyQepik: 15_000 },
    });
    await applyReportedChange(db, { reportId: report.id, now });
    // The registry shows a contract job of hers from the same month: another job, which the informal one adds to.
    await labourAnswer(db, family.application.id, mother, ["2025-06-01", "2026-05-31"], ["2026-05"]);
    const reassessed = await incomesOf(db, family.application.id, mother, "2026-06-10");
    expect(reassessed.filter(([, , source]) => source === "DECLARED")).toHaveLength(12);
    expect(reassessed.filter(([month]) => month === "2026-05")).toEqual([
      ["2026-05", 40_000, "AGENCY:LABOUR_CONTRACTS"],
      ["2026-05", 15_000, "DECLARED"],
    ]);
    await db.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED" } });

    expect((await renewalIncomes(family.citizen, family.application.id)).incomes).toEqual([[mother, "WAGE", 15_000]]);
  });

  it("before the form asked whether a register holds it: still applied and counted once, and not offered at renewal", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [mother = ""] = family.fins;
    const current = await db.decision.findFirstOrThrow({ where: { applicationId: family.application.id } });
    // As such a report was stored: "Wages", nothing said of a contract.
    const report = await db.changeReport.create({
      data: {
        applicationId: family.application.id,
        decisionId: current.id,
        kind: "INCOME_GAINED",
        details: { kind: "INCOME_GAINED", memberFin: mother, type: "WAGE", monthlyQepik: 40_000 },
        changedOn: new Date("2026-05-18T00:00:00Z"),
        reportedOn: new Date("2026-06-10T00:00:00Z"),
        reportDueOn: new Date("2026-06-08T00:00:00Z"),
        reportedInTime: false,
        reportedById: family.citizen.id,
      },
    });
    await applyReportedChange(db, { reportId: report.id, now });
    const income = await db.declaredIncome.findFirstOrThrow({ where: { applicationId: family.application.id } });
    expect(income.registered).toBeNull();
    await labourAnswer(db, family.application.id, mother, ["2025-06-01", "2026-05-31"], ["2026-05"]);
    const reassessed = await incomesOf(db, family.application.id, mother, "2026-06-10");
    expect(reassessed).toHaveLength(12);
    expect(reassessed.filter(([month]) => month === "2026-05")).toEqual([
      ["2026-05", 40_000, "AGENCY:LABOUR_CONTRACTS"],
    ]);
    // The family's and the staff's pages name it as it was reported then ("Wages", earlierIncomeTypes).
    const familyView = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(familyView.reports.map((r) => r.income)).toEqual([{ type: "WAGE" }]);
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const staffView = await api(caseworker).changes.caseReports({ applicationId: family.application.id });
    expect(staffView.reports.map((r) => r.income)).toEqual([{ type: "WAGE" }]);
    await db.changeReport.update({ where: { id: report.id }, data: { status: "CLOSED" } });

    expect((await renewalIncomes(family.citizen, family.application.id)).incomes).toEqual([]);
  });
});

describe("an income that stopped", () => {
  it("is reported for a register's job whether or not it was declared; an undeclared informal one is refused", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [mother = ""] = family.fins;
    const lost = (registered: boolean) =>
      api(family.citizen).changes.report({
        applicationId: family.application.id,
        changedOn: "2026-06-01",
        change: { kind: "INCOME_LOST", memberFin: mother, type: "WAGE", registered },
      });
    await expect(lost(false)).rejects.toMatchObject({ message: "changeIncomeUnknown" });
    const report = await lost(true);
    expect(await applyReportedChange(db, { reportId: report.id, now })).toMatchObject({ kind: "APPLIED" });
    const listed = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(listed.reports.map((r) => [r.kind, r.income])).toEqual([
      ["INCOME_LOST", { type: "WAGE", registered: true }],
    ]);
  });

  it("ends the declared income of the same kind no register holds, and a register's job leaves it alone", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const [mother = ""] = family.fins;
    await db.declaredIncome.createMany({
      data: [
        // The e-application's informal work, and a contract job reported during the period.
        { applicationId: family.application.id, memberFin: mother, type: "WAGE", monthlyQepik: 15_000 },
        {
          applicationId: family.application.id,
          memberFin: mother,
          type: "WAGE",
          monthlyQepik: 40_000,
          startedOn: new Date("2026-05-18T00:00:00Z"),
          registered: true,
        },
      ],
    });
    const report = await api(family.citizen).changes.report({
      applicationId: family.application.id,
      changedOn: "2026-06-01",
      change: { kind: "INCOME_LOST", memberFin: mother, type: "WAGE", registered: false },
    });
    await applyReportedChange(db, { reportId: report.id, now });
    expect(
      await db.declaredIncome.findMany({
        where: { applicationId: family.application.id },
        select: { monthlyQepik: true, registered: true },
      }),
    ).toEqual([{ monthlyQepik: 40_000, registered: true }]);
  });
});
