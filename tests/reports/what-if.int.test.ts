import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bakuDate } from "@/kernel/calendar-date";
import { addDays } from "@/kernel/calendar-date";
import type { Policy } from "@/server/domain/batch/policy";
import { parameterOn } from "@/server/domain/parameters";
import { decideApplication } from "@/server/services/decisions/decide-application";
import { loadParameterSet } from "@/server/services/law/law-data";
import { runWhatIf } from "@/server/services/reports/run-what-if";
import { whatIfCsvAs } from "@/server/services/reports/what-if-csv";
import { ZWhatIfRequest } from "@/lib/what-if/what-if-request";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { generateFamily } from "../../tools/agency-sim/population/generate-family";
import {
  DEFAULT_POPULATION,
  DEFAULT_SEED,
  startAgencySimulator,
  type AgencySimulator,
} from "../../tools/agency-sim/start-agency-simulator";
import { gatheredApplicationFor, testGateway } from "../../tools/agency-sim/test-support";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The what-if rebuilds each decided family's engine input from the database (agency results, declaration,
// inspection) and decides it again. Under the law's own values it must reproduce every stored decision; under a
// need criterion of 0 nobody is assigned, so every family paid becomes a loser and the cost falls to 0.

const APPLICATION_DATE = "2026-05-11";
const testDb = migratedDbPerFile("what_if");
let sim: AgencySimulator;

beforeAll(async () => {
  sim = await startAgencySimulator({ seed: DEFAULT_SEED, latencyMs: 0, hangMs: 5_000 });
  const { db } = testDb.current();
  await seedReference(db);
  await seedLawData(db);
  const district = await db.district.findFirstOrThrow({ orderBy: { code: "asc" } });
  const gateway = testGateway(db, sim.url, { AGENCY_TIMEOUT_MS: "10000" });
  // Families of the simulated population until at least one is paid and a few others are decided: the paid one
  // is what makes the "criterion 0" case able to fail.
  const paid = () => db.decision.count({ where: { final: true, outcome: "ASSIGN", amountQepik: { gt: 0 } } });
  for (
    let i = 0;
    i < 60 && ((await paid()) === 0 || (await db.decision.count({ where: { final: true } })) < 4);
    i += 1
  ) {
    const family = generateFamily(DEFAULT_POPULATION, i * 37);
    const applicationId = await gatheredApplicationFor(db, gateway, family, APPLICATION_DATE);
    await db.application.update({ where: { id: applicationId }, data: { districtCode: district.code } });
    await db.inspection.create({
      data: { applicationId, status: "COMPLETED", completedAt: new Date(`${APPLICATION_DATE}T08:00:00Z`) },
    });
    await decideApplication(db, {
      applicationId,
      inspection: { status: "COMPLETED", date: APPLICATION_DATE, inspectorFlags: [] },
      now: new Date(),
    });
  }
}, 300_000);
afterAll(async () => {
  await sim.stop();
});

async function lawPolicy(): Promise<Policy> {
  const parameters = await loadParameterSet(testDb.current().db);
  const on = (code: Parameters<typeof parameterOn>[0]): number =>
    parameterOn(code, APPLICATION_DATE, parameters)?.value ?? Number.NaN;
  return {
    needCriterionQepik: on("NEED_CRITERION"),
    thresholdReviewMarginBp: on("THRESHOLD_REVIEW_MARGIN"),
    declarationMatchBp: on("DECLARATION_MATCH_TOLERANCE"),
    declarationReviewBp: on("DECLARATION_REVIEW_TOLERANCE"),
  };
}

describe("policy what-if over decided families", () => {
  const asOf = () => addDays(bakuDate(new Date()), 1);

  it("reproduces every final decision under the law's own values", async () => {
    const { db } = testDb.current();
    const final = await db.decision.findMany({ where: { final: true }, select: { outcome: true, amountQepik: true } });
    expect(final.length).toBeGreaterThan(0);
    const run = await runWhatIf(db, { asOf: asOf(), policy: await lawPolicy() });
    expect(run.skipped).toBe(0);
    expect(run.families).toBe(final.length);
    const paid = final.reduce((sum, d) => sum + (d.outcome === "REFUSE" ? 0 : (d.amountQepik ?? 0)), 0);
    expect(run).toMatchObject({ winners: 0, losers: 0, actualMonthlyQepik: paid, reformMonthlyQepik: paid });
    for (const outcome of ["ASSIGN", "REFUSE"] as const) {
      expect(run.outcomes[outcome][outcome]).toBe(final.filter((d) => d.outcome === outcome).length);
    }
  });

  it("with a need criterion of 0 assigns nobody: every paid family loses, the cost falls to 0", async () => {
    const { db } = testDb.current();
    const run = await runWhatIf(db, { asOf: asOf(), policy: { ...(await lawPolicy()), needCriterionQepik: 0 } });
    const paidFamilies = await db.decision.count({ where: { final: true, outcome: "ASSIGN", amountQepik: { gt: 0 } } });
    expect(paidFamilies).toBeGreaterThan(0);
    expect(run.reformMonthlyQepik).toBe(0);
    expect(run.losers).toBe(paidFamilies);
    expect(run.outcomes.ASSIGN.ASSIGN + run.outcomes.REFUSE.ASSIGN).toBe(0);
  });

  it("counts the decisions taken on the date itself: the form offers today, and today's decisions are in", async () => {
    const { db } = testDb.current();
    const final = await db.decision.count({ where: { final: true } });
    expect(final).toBeGreaterThan(0);
    const run = await runWhatIf(db, { asOf: bakuDate(new Date()), policy: await lawPolicy() });
    expect(run.families).toBe(final);
  });

  it("leaves out families decided more than 12 months before the date", async () => {
    const { db } = testDb.current();
    const run = await runWhatIf(db, { asOf: addDays(bakuDate(new Date()), 400), policy: await lawPolicy() });
    expect(run.families).toBe(0);
  });
});

describe("the what-if procedure", () => {
  const api = (user: SessionUser) =>
    createCaller({ db: testDb.current().db, user, now: new Date(), authSecret: "x".repeat(32) });
  const request = () => ({ asOf: bakuDate(new Date()), needCriterion: "250,50", reviewMargin: "2.5" });

  it("runs for an administrator and records the run in the audit log, figures only", async () => {
    const { db } = testDb.current();
    const admin = await staffSession(db, "admin@vemtas.local");
    const run = await api(admin).whatIf.run(request());
    expect(run.families).toBe(await db.decision.count({ where: { final: true } }));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "whatIf.run" } });
    expect(audit).toMatchObject({ actorUserId: admin.id, entity: "WhatIf" });
    expect(audit.details).toMatchObject({ needCriterion: 25_050, reviewMargin: 250, families: run.families });
  });

  it("downloads the district table as CSV with the districts named in the reader's language", async () => {
    const { db } = testDb.current();
    const admin = await staffSession(db, "admin@vemtas.local");
    const csv = await whatIfCsvAs(db, admin, ZWhatIfRequest.parse(request()), "en");
    const rows = csv.trim().split("\r\n").slice(1, -1);
    const names = new Set((await db.district.findMany({ select: { nameEn: true } })).map((d) => d.nameEn));
    // Every district line starts with an English district name (no name here has a comma), none with its code.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(names.has(row.slice(0, row.indexOf(",")).replaceAll('"', ""))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "whatIf.csv", actorUserId: admin.id } })).toBe(1);
  });

  it("heads the CSV and writes its total in the reader's language, money in AZN with two decimals", async () => {
    const { db } = testDb.current();
    const admin = await staffSession(db, "admin@vemtas.local");
    const csv = await whatIfCsvAs(db, admin, ZWhatIfRequest.parse(request()), "ru");
    // Marked UTF-8, as the reports' files are, so a spreadsheet reads the Cyrillic.
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.trim().split("\r\n");
    // Russian Excel reads ";" between cells and "," before the decimals.
    expect(lines[0]).toBe(
      "Район;Сравнено семей;Получат больше;Получат меньше;Расходы в месяц по принятым решениям, AZN;" +
        "Расходы в месяц с этими параметрами, AZN;Расходы в год по принятым решениям, AZN;" +
        "Расходы в год с этими параметрами, AZN",
    );
    const total = lines.at(-1)?.split(";") ?? [];
    expect(total[0]).toBe("Всего");
    for (const amount of total.slice(4)) expect(amount).toMatch(/^\d+,\d{2}$/);
  });

  it("is the ministry's alone: a supervisor is refused, and nothing is recorded", async () => {
    const { db } = testDb.current();
    const before = await db.auditLog.count({ where: { action: "whatIf.run" } });
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    await expect(api(supervisor).whatIf.run(request())).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "FORBIDDEN",
    );
    expect(await db.auditLog.count({ where: { action: "whatIf.run" } })).toBe(before);
  });

  it("rejects an amount that is not manat with a message key, and runs nothing", async () => {
    const { db } = testDb.current();
    const admin = await staffSession(db, "admin@vemtas.local");
    const before = await db.auditLog.count({ where: { action: "whatIf.run" } });
    await expect(api(admin).whatIf.run({ ...request(), needCriterion: "2 5 0" })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "BAD_REQUEST" && e.message.includes("whatIf.errors.amount"),
    );
    expect(await db.auditLog.count({ where: { action: "whatIf.run" } })).toBe(before);
  });
});
