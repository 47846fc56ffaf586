import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay } from "@/server/domain";
import { scheduleInspection } from "@/server/services/inspections/schedule-inspection";
import { openCaseReview } from "@/server/services/reviews/open-case-review";
import { findDeadlinesAtRisk, recordDeadlineEscalation } from "@/server/services/decisions/watch-decision-deadlines";
import { bakuDate } from "@/kernel/calendar-date";
import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { seedLawData } from "../../prisma/seed/seed-law-data";

// The chain's services on their own (no engine): inspection scheduling and the deadline watch.

const database = migratedDbPerFile("chain_services");
const db = () => database.current().db;
// A Monday morning in Baku, so "tomorrow" is a working day whatever day the suite runs.
const now = new Date("2026-12-07T06:00:00Z");
let seq = 0;

beforeAll(async () => {
  await seedReference(db());
  await seedLawData(db());
});

async function application(
  districtCode: string,
  opts: { status?: "SUBMITTED" | "DATA_COLLECTED"; dueOn?: string } = {},
) {
  const n = ++seq;
  const user = await db().user.create({
    data: { role: "CITIZEN", name: `C${n}`, fin: `S${String(n).padStart(6, "0")}` },
  });
  const app = await db().application.create({
    data: {
      applicantId: user.id,
      status: opts.status ?? "SUBMITTED",
      districtCode,
      registrationNumber: `VEM-2026-8${String(n).padStart(5, "0")}`,
      applicationDate: new Date("2026-12-07T00:00:00Z"),
      decisionDueOn: new Date(`${opts.dueOn ?? "2026-12-28"}T00:00:00Z`),
      contactPhone: `+99450${String(2000000 + n)}`,
    },
  });
  return app.id;
}

describe("scheduleInspection", () => {
  it("books the earliest working day, spreads visits over inspectors, never overbooks them even when scheduled at once", async () => {
    const inspectors = await db().user.findMany({ where: { role: "INSPECTOR", districtCode: "SHAKI" } });
    const capacity = inspectors.reduce((s, i) => s + (i.dailyInspectionCapacity ?? 0), 0);
    const ids = await Promise.all(Array.from({ length: capacity + 3 }, () => application("SHAKI")));
    const booked = await Promise.all(
      ids.map((applicationId) => scheduleInspection(db(), { applicationId, attempt: 1, now })),
    );
    const calendar = await loadHolidayCalendar(db(), 2026, 2027);
    const firstDay = addWorkingDays(bakuDate(now), 1, calendar);
    const days = booked.map((b) => (b.kind === "SCHEDULED" ? b.date : "none"));
    // The first day takes exactly the district's capacity; the rest go to the next working day.
    expect(days.filter((d) => d === firstDay)).toHaveLength(capacity);
    expect(days.filter((d) => d === addWorkingDays(firstDay, 1, calendar))).toHaveLength(3);
    for (const d of days) expect(isWorkingDay(d, calendar)).toBe(true);
    for (const inspector of inspectors) {
      expect(
        await db().inspection.count({
          where: { inspectorId: inspector.id, scheduledFor: new Date(`${firstDay}T00:00:00Z`) },
        }),
      ).toBe(inspector.dailyInspectionCapacity);
    }
    // A retried step gets the same booking back.
    expect(await scheduleInspection(db(), { applicationId: ids[0]!, attempt: 1, now })).toEqual(booked[0]);
    expect((await db().application.findUniqueOrThrow({ where: { id: ids[0]! } })).status).toBe("INSPECTION_SCHEDULED");
  });

  it("gives no visit to an inspector whose account cannot sign in yet (its set-password link unused)", async () => {
    const seeded = await db().user.findMany({ where: { role: "INSPECTOR", districtCode: "SHAKI" } });
    const newcomer = await db().user.create({
      data: {
        role: "INSPECTOR",
        name: "Yeni Müfəttiş",
        email: "new.inspector.shaki@vemtas.local",
        districtCode: "SHAKI",
        dailyInspectionCapacity: 10,
      },
    });
    const ids = await Promise.all(Array.from({ length: seeded.length + 2 }, () => application("SHAKI")));
    for (const applicationId of ids) await scheduleInspection(db(), { applicationId, attempt: 1, now });
    expect(await db().inspection.count({ where: { applicationId: { in: ids }, inspectorId: null } })).toBe(0);
    expect(await db().inspection.count({ where: { inspectorId: newcomer.id } })).toBe(0);
  });

  it("counts a visit already made on its day against that day's capacity; only a cancelled one frees it", async () => {
    const inspectors = await db().user.findMany({ where: { role: "INSPECTOR", districtCode: "SUMGAYIT" } });
    const capacity = inspectors.reduce((s, i) => s + (i.dailyInspectionCapacity ?? 0), 0);
    const first = await Promise.all(Array.from({ length: capacity }, () => application("SUMGAYIT")));
    for (const applicationId of first) await scheduleInspection(db(), { applicationId, attempt: 1, now });
    const [done, missed, cancelled] = first;
    await db().inspection.updateMany({ where: { applicationId: done! }, data: { status: "COMPLETED" } });
    await db().inspection.updateMany({ where: { applicationId: missed! }, data: { status: "MISSED" } });
    await db().inspection.updateMany({ where: { applicationId: cancelled! }, data: { status: "CANCELLED" } });
    const calendar = await loadHolidayCalendar(db(), 2026, 2027);
    const firstDay = addWorkingDays(bakuDate(now), 1, calendar);
    const next = await Promise.all(
      [application("SUMGAYIT"), application("SUMGAYIT")].map(async (p) =>
        scheduleInspection(db(), { applicationId: await p, attempt: 1, now }),
      ),
    );
    // One place came free (the cancelled visit); the second new visit goes to the next working day.
    expect(next.map((b) => (b.kind === "SCHEDULED" ? b.date : "none")).sort()).toEqual(
      [firstDay, addWorkingDays(firstDay, 1, calendar)].sort(),
    );
  });

  it("escalates to the district's supervisor when no inspector is free before the deadline", async () => {
    await db().user.updateMany({
      where: { role: "INSPECTOR", districtCode: "LANKARAN" },
      data: { dailyInspectionCapacity: 0 },
    });
    const id = await application("LANKARAN");
    const result = await scheduleInspection(db(), { applicationId: id, attempt: 1, now });
    const supervisor = await db().user.findFirstOrThrow({ where: { role: "SUPERVISOR", districtCode: "LANKARAN" } });
    expect(result).toMatchObject({ kind: "ESCALATED", supervisorIds: [supervisor.id] });
    expect(await db().auditLog.count({ where: { applicationId: id, action: "inspection.escalated" } })).toBe(1);
  });
});

describe("a step replayed after the decision", () => {
  // An instance killed before it reported a run's finished steps: the engine runs them again, and by then the
  // earlier try has decided. Each step must give back what that try wrote, not end the run as if withdrawn (the
  // family would get no decision notice and no card account). A withdrawn application still ends the run.
  it("gets its booking and its review back once the application is decided, and CLOSED once it is withdrawn", async () => {
    const applicationId = await application("SHAKI");
    const booked = await scheduleInspection(db(), { applicationId, attempt: 1, now });
    expect(booked.kind).toBe("SCHEDULED");
    const decision = await db().decision.create({
      data: {
        applicationId,
        outcome: "REVIEW",
        memberCount: 2,
        criterionQepik: 30_000,
        incomeQepik: 58_900,
        reasons: [],
        rulesChecked: [],
        decidedBy: "SYSTEM",
        final: false,
      },
    });
    const review = await openCaseReview(db(), { applicationId, decisionId: decision.id, now });
    expect(review.kind).toBe("OPEN");

    await db().application.update({ where: { id: applicationId }, data: { status: "ASSIGNED" } });
    expect(await scheduleInspection(db(), { applicationId, attempt: 1, now })).toEqual(booked);
    expect(await openCaseReview(db(), { applicationId, decisionId: decision.id, now })).toEqual(review);
    // Nothing booked or opened before is not invented after the decision.
    expect(await scheduleInspection(db(), { applicationId, attempt: 2, now })).toEqual({ kind: "CLOSED" });

    await db().application.update({ where: { id: applicationId }, data: { status: "WITHDRAWN" } });
    expect(await scheduleInspection(db(), { applicationId, attempt: 1, now })).toEqual({ kind: "CLOSED" });
    expect(await openCaseReview(db(), { applicationId, decisionId: decision.id, now })).toEqual({ kind: "CLOSED" });
  });
});

describe("deadline watch", () => {
  it("finds undecided applications with ≤ 3 working days left and late ones, and escalates each once", async () => {
    const calendar = await loadHolidayCalendar(db(), 2026, 2027);
    const soon = await application("GANJA", {
      status: "DATA_COLLECTED",
      dueOn: addWorkingDays("2026-12-07", 2, calendar),
    });
    const later = await application("GANJA", {
      status: "DATA_COLLECTED",
      dueOn: addWorkingDays("2026-12-07", 6, calendar),
    });
    const late = await application("GANJA", { status: "DATA_COLLECTED", dueOn: "2026-12-04" });
    const watch = await findDeadlinesAtRisk(db(), { now });
    expect(watch.atRisk.map((a) => a.applicationId)).toContain(soon);
    expect(watch.atRisk.map((a) => a.applicationId)).not.toContain(later);
    expect(watch.late.map((a) => a.applicationId)).toEqual([late]);
    const entry = watch.atRisk.find((a) => a.applicationId === soon)!;
    expect(entry).toMatchObject({ workingDaysLeft: 2 });
    expect(entry.supervisorIds).toHaveLength(1);
    expect(await recordDeadlineEscalation(db(), entry)).toBe(true);
    expect(await recordDeadlineEscalation(db(), entry)).toBe(false);
  });
});
