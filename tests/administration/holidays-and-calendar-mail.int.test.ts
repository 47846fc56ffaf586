import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { emailCalendarWarning, findCalendarWarningDue } from "@/server/services/law/email-calendar-warning";
import { sendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { decisionDeadline, isWorkingDay } from "@/server/domain/working-days";
import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { startMessagingFake, type MessagingFake } from "../../tools/fakes/messaging-fake";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { setMessagingFakeEnv } from "../support/notice-env";

const testDb = migratedDbPerFile("holidays");
const db = () => testDb.current().db;
const now = new Date("2026-12-04T08:00:00Z");
const api = (user: SessionUser, t = now) => createCaller({ db: db(), user, now: t, authSecret: "x".repeat(32) });

let fake: MessagingFake;
let admin: SessionUser;

type Kind = "HOLIDAY" | "TRANSFERRED_DAY_OFF" | "WORKING_WEEKEND_DAY";
const day = (date: string, extra: Partial<{ kind: Kind; provisional: boolean }> = {}) => ({
  date,
  kind: extra.kind ?? ("HOLIDAY" as const),
  nameAz: "Yeni il",
  nameRu: "Новый год",
  nameEn: "New Year",
  provisional: extra.provisional ?? false,
});
const year2028 = {
  year: 2028,
  legalReference: "Decision No. 600 of 2027-11-25",
  days: [
    day("2028-01-01"),
    day("2028-01-02"),
    day("2028-01-03", { kind: "TRANSFERRED_DAY_OFF" }),
    day("2028-02-24", { provisional: true }),
  ],
};

const year2029 = () => ({ ...year2028, year: 2029, days: [day("2029-01-01")] });

async function fieldErrors(work: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await work;
    return [];
  } catch (e) {
    const cause = (e as { cause?: { issues?: { path: (string | number)[]; message: string }[] } }).cause;
    return (cause?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
  }
}

beforeAll(async () => {
  fake = await startMessagingFake({ port: 0, autoDeliverMs: null });
  setMessagingFakeEnv(fake.url);
  await seedReference(db());
  await seedLawData(db());
  admin = await staffSession(db(), "admin@vemtas.local");
});

afterAll(async () => {
  await fake?.stop();
});

beforeEach(async () => {
  await fetch(`${fake.url}/api/messages`, { method: "DELETE" });
});

describe("entering a year's holidays", () => {
  it("writes the year's days with the decision, provisional ones marked, audited; a second entry replaces the year", async () => {
    expect(await api(admin).administration.enterHolidayYear(year2028)).toEqual({ entered: 4, replaced: 0 });
    const rows = await db().publicHoliday.findMany({
      where: { date: { gte: new Date("2028-01-01T00:00:00Z") } },
      orderBy: { date: "asc" },
    });
    expect(rows.map((r) => [r.date.toISOString().slice(0, 10), r.kind, r.provisional, r.legalReference])).toEqual([
      ["2028-01-01", "HOLIDAY", false, year2028.legalReference],
      ["2028-01-02", "HOLIDAY", false, year2028.legalReference],
      ["2028-01-03", "TRANSFERRED_DAY_OFF", false, year2028.legalReference],
      ["2028-02-24", "HOLIDAY", true, year2028.legalReference],
    ]);
    const fixed = {
      ...year2028,
      legalReference: "Decision No. 44 of 2028-01-20",
      days: [...year2028.days.slice(0, 3), day("2028-02-25")],
    };
    expect(await api(admin).administration.enterHolidayYear(fixed)).toEqual({ entered: 4, replaced: 4 });
    expect(await db().publicHoliday.count({ where: { date: new Date("2028-02-24T00:00:00Z") } })).toBe(0);
    expect(
      await db().publicHoliday.findUniqueOrThrow({ where: { date: new Date("2028-02-25T00:00:00Z") } }),
    ).toMatchObject({ provisional: false });

    const audit = await db().auditLog.findMany({ where: { action: "calendar.yearEntered" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.actorUserId, a.entityId, (a.details as { provisional: number }).provisional])).toEqual([
      [admin.id, "2028", 1],
      [admin.id, "2028", 0],
    ]);
  });

  it("refuses a date outside the year and a date entered twice, naming the field; nothing is written", async () => {
    const before = await db().publicHoliday.count();
    const bad = { ...year2028, year: 2029, days: [day("2029-01-01"), day("2028-03-08"), day("2029-01-01")] };
    expect(await fieldErrors(api(admin).administration.enterHolidayYear(bad))).toEqual([
      { path: "days.1.date", message: "errors.holidayOutsideYear" },
      { path: "days.2.date", message: "errors.holidayDuplicate" },
    ]);
    expect(await db().publicHoliday.count()).toBe(before);
  });

  it("refuses a one-letter name for its length, an empty one as empty, each beside its field; nothing is written", async () => {
    const before = await db().publicHoliday.count();
    const bad = { ...year2029(), days: [{ ...day("2029-01-01"), nameAz: "X", nameRu: " ", nameEn: "" }] };
    // The first message of each field is what the form shows: "X" is filled in, it is too short.
    const firstOf = new Map<string, string>();
    for (const e of await fieldErrors(api(admin).administration.enterHolidayYear(bad))) {
      if (!firstOf.has(e.path)) firstOf.set(e.path, e.message);
    }
    expect(Object.fromEntries(firstOf)).toEqual({
      "days.0.nameAz": "errors.holidayNameTooShort",
      "days.0.nameRu": "errors.required",
      "days.0.nameEn": "errors.required",
    });
    expect(await db().publicHoliday.count()).toBe(before);
  });

  it("takes a rest day the Cabinet made a working day, which deadlines then count; only a Saturday or Sunday", async () => {
    // Saturday 8 January 2028 worked in exchange for a day off: a deadline running over it counts it.
    const swap = {
      ...year2028,
      year: 2028,
      days: [day("2028-01-07", { kind: "TRANSFERRED_DAY_OFF" }), day("2028-01-08", { kind: "WORKING_WEEKEND_DAY" })],
    };
    expect(
      await fieldErrors(
        api(admin).administration.enterHolidayYear({
          ...swap,
          days: [day("2028-01-05", { kind: "WORKING_WEEKEND_DAY" })],
        }),
      ),
    ).toEqual([{ path: "days.0.date", message: "errors.workingDayNotWeekend" }]);
    expect(await api(admin).administration.enterHolidayYear(swap)).toEqual({ entered: 2, replaced: 4 });
    const calendar = await loadHolidayCalendar(db(), 2028, 2028);
    expect(isWorkingDay("2028-01-08", calendar)).toBe(true);
    expect(isWorkingDay("2028-01-07", calendar)).toBe(false);
    // From Thursday 6 January: Saturday 8, Monday 10, Tuesday 11 are the first three working days.
    expect(decisionDeadline("2028-01-06", calendar, 3)).toBe("2028-01-11");
  });

  it("never changes a past year, and is for administrators only", async () => {
    await expect(
      api(admin).administration.enterHolidayYear({ ...year2028, year: 2025, days: [day("2025-01-01")] }),
    ).rejects.toMatchObject({ message: "holidayYearPast" });
    const supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    await expect(api(supervisor).administration.enterHolidayYear(year2028)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the 90-day calendar e-mail", () => {
  it("is due only within 90 days of the last covered day, once per administrator and coverage end", async () => {
    // The seeded calendar plus 2028 above: covered to 2028-12-31.
    expect(await findCalendarWarningDue(db(), new Date("2028-10-01T08:00:00Z"))).toBeNull();
    const due = await findCalendarWarningDue(db(), new Date("2028-10-02T08:00:00Z"));
    expect(due).toMatchObject({ lastCoveredDay: "2028-12-31", daysLeft: 90 });
    expect(due?.adminIds).toEqual([admin.id]);

    const send = (m: Parameters<typeof sendStaffEmail>[1]) => sendStaffEmail(db(), m);
    for (let i = 0; i < 3; i++)
      await emailCalendarWarning(db(), { adminId: admin.id, lastCoveredDay: "2028-12-31", daysLeft: 89 - i }, send);
    const mails = (await (await fetch(`${fake.url}/api/messages?to=admin%40vemtas.local`)).json()) as {
      messages: { subject: string; text: string }[];
    };
    expect(mails.messages).toHaveLength(1);
    expect(mails.messages[0]?.subject).toBe("Bayramlar təqvimi 2028-12-31 tarixində bitir");
    expect(mails.messages[0]?.text).toContain("2029");
    expect(
      await db().notification.count({
        where: { kind: "CALENDAR_WARNING", dedupeKey: `calendar-warning:2028-12-31:${admin.id}`, status: "SENT" },
      }),
    ).toBe(1);

    // A new year entered moves the coverage end: a new e-mail becomes due when that end comes within 90 days.
    await emailCalendarWarning(db(), { adminId: admin.id, lastCoveredDay: "2029-12-31", daysLeft: 90 }, send);
    expect(
      ((await (await fetch(`${fake.url}/api/messages?to=admin%40vemtas.local`)).json()) as { messages: unknown[] })
        .messages,
    ).toHaveLength(2);
  });

  it("skips a deactivated administrator", async () => {
    const gone = await db().user.create({
      data: { email: "gone.admin@vemtas.local", name: "Gone", role: "ADMIN", active: false },
    });
    expect((await findCalendarWarningDue(db(), new Date("2028-12-01T08:00:00Z")))?.adminIds).not.toContain(gone.id);
    expect(
      await emailCalendarWarning(db(), { adminId: gone.id, lastCoveredDay: "2028-12-31", daysLeft: 30 }, (m) =>
        sendStaffEmail(db(), m),
      ),
    ).toBe(false);
  });
});
