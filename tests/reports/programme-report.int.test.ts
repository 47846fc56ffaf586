import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { reportCsvResponse } from "@/app/api/reports/[table]/csv-response";
import { computeProgrammeReport } from "@/server/services/reports/read-programme-report";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { applicationWithInspection } from "../support/case-fixtures";
import { REPORT_PERIOD, seedReportFixture } from "../support/report-fixtures";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The reports' figures against families counted by hand (tests/support/report-fixtures.ts), the district scope of
// a supervisor, and who may download the CSV.

const testDb = migratedDbPerFile("reports");
const now = new Date("2026-12-04T08:00:00Z");
const DISTRICT = "BAK-NASIMI";
let fixture: Awaited<ReturnType<typeof seedReportFixture>>;
let supervisor: SessionUser;
let otherSupervisor: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  await seedLawData(db);
  fixture = await seedReportFixture(db, DISTRICT, "SUMGAYIT");
  supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  otherSupervisor = await staffSession(db, "supervisor.sabunchu@vemtas.local");
  admin = await staffSession(db, "admin@vemtas.local");
}, 120_000);

const caller = (user: SessionUser | null) =>
  createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("the programme report of a district", () => {
  it("counts statuses, decision times in working days, outcomes, grounds, payments, visits and appeals as counted by hand", async () => {
    const report = await caller(supervisor).reports.programme(REPORT_PERIOD);
    const { expected } = fixture;
    expect(report.scope).toEqual({ ...REPORT_PERIOD, districtCode: DISTRICT });
    expect(report.months).toEqual(["2026-02", "2026-03"]);
    expect(report.statusByMonth[0]).toEqual({ month: "2026-02", counts: expected.statusFeb, total: 6 });
    expect(report.statusByMonth[1]).toEqual({ month: "2026-03", counts: expected.statusMar, total: 1 });

    expect(report.decisions.total).toEqual(expected.decisions);
    expect(report.decisions.byMonth).toEqual([
      { month: "2026-02", ...expected.february },
      { month: "2026-03", ...expected.march },
    ]);
    expect(report.refusalGrounds).toEqual({ refused: 2, grounds: expected.grounds });

    expect(report.payments).toEqual([expected.paymentsFeb]);
    expect(report.inspections.map(({ inspectorId: _id, district: _d, ...r }) => r)).toEqual(expected.inspections);
    expect(report.appeals.total).toEqual(expected.appeals);
    expect(Object.fromEntries(report.appeals.byMonth.map(({ month, ...r }) => [month, r]))).toEqual(
      expected.appealsByMonth,
    );

    expect(report.districts).toEqual([{ district: DISTRICT, applications: 7, open: 1, ...expected.decisions }]);
    expect(report.calendarConfirmed).toBe(true);
    expect(report.deadlineWorkingDays).toBe(15);
  });

  it("gives the ministry the country by district, and one district when asked", async () => {
    const national = await caller(admin).reports.programme(REPORT_PERIOD);
    expect(national.scope.districtCode).toBeNull();
    expect(national.decisions.total).toMatchObject(fixture.expected.national);
    expect(national.districts.map((d) => [d.district, d.decided])).toEqual([
      [DISTRICT, 5],
      ["SUMGAYIT", 1],
    ]);
    const one = await caller(admin).reports.programme({ ...REPORT_PERIOD, district: "SUMGAYIT" });
    expect(one.decisions.total).toMatchObject({ decided: 1, withinDeadline: 1, median: 1, p95: 1 });
    expect(one.inspections).toEqual([expect.objectContaining({ inspector: null, missed: 1, visits: 1 })]);
  });

  it("keeps a supervisor to their own district: another district reads as not found; other roles are refused", async () => {
    expect(await codeOf(caller(otherSupervisor).reports.programme({ ...REPORT_PERIOD, district: DISTRICT }))).toBe(
      "NOT_FOUND",
    );
    // Without a district a supervisor gets their own, never the country.
    const own = await caller(otherSupervisor).reports.programme(REPORT_PERIOD);
    expect(own.scope.districtCode).toBe("BAK-SABUNCHU");
    expect(own.decisions.total.decided).toBe(0);
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    expect(await codeOf(caller(caseworker).reports.programme(REPORT_PERIOD))).toBe("FORBIDDEN");
    expect(await codeOf(caller(null).reports.programme(REPORT_PERIOD))).toBe("UNAUTHORIZED");
    expect(await codeOf(caller(admin).reports.programme({ ...REPORT_PERIOD, district: "NO-SUCH" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller(admin).reports.programme({ from: "2026-03-01", to: "2026-02-01" }))).toBe("BAD_REQUEST");
  });

  it("audits every read with its scope", async () => {
    const { db } = testDb.current();
    await caller(supervisor).reports.programme(REPORT_PERIOD);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "reports.read", actorUserId: supervisor.id },
      orderBy: { at: "desc" },
    });
    expect(row).toMatchObject({
      districtCode: DISTRICT,
      entity: "Report",
      details: { from: REPORT_PERIOD.from, to: REPORT_PERIOD.to, district: DISTRICT },
    });
  });

  it("counts working days on the calendar as entered: without the 2026 holidays, Novruz week counts and the period is not confirmed", async () => {
    const { db } = testDb.current();
    const saved = await db.publicHoliday.findMany({
      where: { date: { gte: new Date("2026-01-01"), lt: new Date("2027-01-01") } },
    });
    await db.publicHoliday.deleteMany({ where: { date: { gte: new Date("2026-01-01"), lt: new Date("2027-01-01") } } });
    try {
      const report = await computeProgrammeReport(db, { ...REPORT_PERIOD, districtCode: DISTRICT }, now);
      expect(report.calendarConfirmed).toBe(false);
      expect(report.calendarGap).toBe("NOT_ENTERED");
      // 19 → 31 March, Monday to Friday: 20, 23, 24, 25, 26, 27, 30, 31 = 8 working days.
      expect(report.decisions.byMonth[1]).toMatchObject({ median: 8 });
    } finally {
      await db.publicHoliday.createMany({ data: saved });
    }
  });
});

describe("home visits, on the day they were made", () => {
  // `now` is Friday 4 December 2026, 12:00 in Baku.
  it("counts a visit booked for tomorrow but completed today today, a missed one on the Baku day it was recorded, one still to make on its planned day", async () => {
    const { db } = testDb.current();
    const inspectorEmail = "inspector3.nasimi@vemtas.local";
    const booked = (scheduledFor: string) =>
      applicationWithInspection(db, { districtCode: DISTRICT, inspectorEmail, scheduledFor });
    const made = await booked("2026-12-05");
    await db.inspection.update({ where: { id: made.inspection.id }, data: { status: "COMPLETED", completedAt: now } });
    // Booked for 2 December; the chain closed it when its wait ran out at 00:30 on the 4th in Baku (the 3rd in UTC).
    const missed = await booked("2026-12-02");
    await db.inspection.update({
      where: { id: missed.inspection.id },
      data: { status: "MISSED", missedAt: new Date("2026-12-03T20:30:00Z") },
    });
    await booked("2026-12-05");

    const visitsOn = async (day: string) =>
      (await caller(supervisor).reports.programme({ from: day, to: day })).inspections
        .filter((r) => r.inspectorId === made.inspection.inspectorId)
        .map(({ visits, completed, missed, scheduled, cancelled }) => ({
          visits,
          completed,
          missed,
          scheduled,
          cancelled,
        }));
    expect(await visitsOn("2026-12-04")).toEqual([{ visits: 2, completed: 1, missed: 1, scheduled: 0, cancelled: 0 }]);
    expect(await visitsOn("2026-12-05")).toEqual([{ visits: 1, completed: 0, missed: 0, scheduled: 1, cancelled: 0 }]);
    expect(await visitsOn("2026-12-02")).toEqual([]);
    expect(await visitsOn("2026-12-03")).toEqual([]);
  });
});

describe("the CSV download", () => {
  const csv = (user: SessionUser | null, table: string, query: Record<string, string>) =>
    reportCsvResponse(testDb.current().db, user, table, new URLSearchParams(query), now);

  it("gives a supervisor their district's table in their language, and audits it", async () => {
    const res = await csv(supervisor, "deadline", { ...REPORT_PERIOD, locale: "en" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(`report-deadline-${DISTRICT}-2026-02-01-2026-03-31.csv`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toEqual([
      'Month,Decided,Within the deadline,"Share within the deadline, %","Median, working days","95th percentile, working days"',
      "2026-02,4,2,50.0,15,16",
      "2026-03,1,1,100.0,1,1",
      "Total,5,3,60.0,15,16",
    ]);
    const row = await testDb
      .current()
      .db.auditLog.findFirstOrThrow({ where: { action: "reports.csv", actorUserId: supervisor.id } });
    expect(row.details).toMatchObject({ table: "deadline", district: DISTRICT });
  });

  it("names refusal grounds in words and amounts in AZN, as a spreadsheet of the reader's language reads them", async () => {
    // Azerbaijani and Russian Excel read ";" between cells and "," before the decimals; English "," and ".".
    const grounds = await (await csv(supervisor, "grounds", { ...REPORT_PERIOD, locale: "az" })).text();
    expect(grounds).toContain("Nəqliyyat vasitəsinə sahiblik və ya ondan istifadə;2;100,0");
    const payments = await (
      await csv(admin, "payments", { ...REPORT_PERIOD, district: DISTRICT, locale: "ru" })
    ).text();
    expect(payments).toContain("2026-02;2;350,00;250,00;2");
    const inEnglish = await (
      await csv(admin, "payments", { ...REPORT_PERIOD, district: DISTRICT, locale: "en" })
    ).text();
    expect(inEnglish).toContain("2026-02,2,350.00,250.00,2");
  });

  it("refuses whoever may not read it, with a code and no figures", async () => {
    const citizen = await citizenSession(testDb.current().db, "7CSVCSV");
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    const cases: [SessionUser | null, string, Record<string, string>, number][] = [
      [null, "deadline", REPORT_PERIOD, 401],
      [citizen, "deadline", REPORT_PERIOD, 403],
      [caseworker, "deadline", REPORT_PERIOD, 403],
      [otherSupervisor, "deadline", { ...REPORT_PERIOD, district: DISTRICT }, 404],
      [supervisor, "no-such-table", REPORT_PERIOD, 404],
      [supervisor, "deadline", { from: "2026-02-30" }, 400],
    ];
    for (const [user, table, query, status] of cases) {
      const res = await csv(user, table, query);
      expect(res.status, `${user?.role ?? "anonymous"} ${table} ${JSON.stringify(query)}`).toBe(status);
      expect(await res.text()).not.toContain("2026-02,");
    }
  });
});
