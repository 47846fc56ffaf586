import { beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "@/kernel/session-user";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { visitBookingNotice } from "@/server/services/inspections/visit-booking-notice";
import { getVisitNotice } from "@/server/services/inspections/get-visit-notice";
import { hoursOf } from "@/server/domain/visit-window";
import { submittedApplication } from "../support/case-fixtures";
import { inspectorCalendarFile } from "../support/inspector-calendar-file";
import { staffSession } from "../support/seed-reference";
import { shortName } from "@/server/content/notices/short-name";

// The first bookable day is Tuesday 8 December; the deadline below is 11 December.
const { db, api, events } = inspectorCalendarFile("visit_booking");

let caseworker: SessionUser;
let supervisor: SessionUser;
let sabunchuCaseworker: SessionUser;
let admin: SessionUser;
let inspectorOne: SessionUser;
let inspectorTwo: SessionUser;
let inspectorThree: SessionUser;

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? `${e.code} ${e.message}` : String(e)),
  );
const bookings = (inspectionId: string) =>
  events().filter((e) => e.name === "inspection/booked" && e.data.inspectionId === inspectionId);

/** A Nasimi application whose visit nobody could be booked for (the scheduler's escalation row). */
async function unbookedVisit() {
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-11-20",
    status: "INSPECTION_SCHEDULED",
  });
  await db().application.update({
    where: { id: application.id },
    data: { status: "SUBMITTED", decisionDueOn: new Date("2026-12-11T00:00:00Z") },
  });
  const inspection = await db().inspection.create({
    data: { applicationId: application.id, attempt: 1, status: "SCHEDULED", note: "NO_INSPECTOR_CAPACITY" },
  });
  return { application, inspection };
}

beforeAll(async () => {
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
  admin = await staffSession(db(), "admin@vemtas.local");
  inspectorOne = await staffSession(db(), "inspector1.nasimi@vemtas.local");
  inspectorTwo = await staffSession(db(), "inspector2.nasimi@vemtas.local");
  inspectorThree = await staffSession(db(), "inspector3.nasimi@vemtas.local");
});

describe("the inspector calendar of a visit", () => {
  it("lists the district's inspectors over the working days with bookings, capacity, absences and the deadline", async () => {
    const { inspection } = await unbookedVisit();
    await api(supervisor).administration.recordAbsence({
      userId: inspectorThree.id,
      kind: "LEAVE",
      from: "2026-12-09",
      to: "2026-12-10",
    });
    const calendar = await api(caseworker).workspace.visitCalendar({ inspectionId: inspection.id });
    expect(calendar.dueOn).toBe("2026-12-11");
    expect(calendar.visit).toMatchObject({ inspectorId: null, scheduledFor: null, bookable: true });
    // Working days only: the weekend of 12–13 December is not there; days after the deadline are flagged.
    const dates = calendar.days.map((d) => d.date);
    expect(dates[0]).toBe("2026-12-08");
    expect(dates).not.toContain("2026-12-12");
    expect(calendar.days.find((d) => d.date === "2026-12-11")).toMatchObject({
      isDeadline: true,
      afterDeadline: false,
    });
    expect(calendar.days.find((d) => d.date === "2026-12-14")).toMatchObject({ afterDeadline: true });
    expect(calendar.days.length).toBeGreaterThanOrEqual(10);
    expect(calendar.inspectors.map((i) => i.id).sort()).toEqual(
      [inspectorOne.id, inspectorTwo.id, inspectorThree.id].sort(),
    );
    const three = calendar.inspectors.find((i) => i.id === inspectorThree.id);
    expect(three?.capacity).toBe(4);
    expect(three?.days.find((d) => d.date === "2026-12-09")).toMatchObject({ absence: "LEAVE", free: false });
    expect(three?.days.find((d) => d.date === "2026-12-11")).toMatchObject({ absence: null, free: true, booked: 0 });
  });

  it("shows the half-day the family was told for a visit the scheduler booked by the day", async () => {
    const day = new Date("2026-12-16T00:00:00Z");
    const visits = [];
    for (let i = 0; i < 4; i++) {
      const { inspection } = await unbookedVisit();
      visits.push(
        await db().inspection.update({
          where: { id: inspection.id },
          data: { inspectorId: inspectorOne.id, scheduledFor: day, createdAt: new Date(Date.UTC(2026, 11, 8, 9, i)) },
        }),
      );
    }
    // Five visits a day: the first three in the morning, the rest in the afternoon, in booking order.
    expect((await db().user.findUniqueOrThrow({ where: { id: inspectorOne.id } })).dailyInspectionCapacity).toBe(5);
    const told = async (id: string) => (await api(caseworker).workspace.visitCalendar({ inspectionId: id })).visit;
    expect(await told(visits[0]!.id)).toMatchObject({ timeWindow: null, toldWindow: "MORNING" });
    expect((await told(visits[3]!.id)).toldWindow).toBe("AFTERNOON");
    // Each visit's half-day on the calendar is the one its notice gave the family.
    for (const v of visits) {
      const { toldWindow } = await told(v.id);
      expect((await getVisitNotice(db(), v.id)).window).toEqual(toldWindow && hoursOf(toldWindow));
    }
  });

  it("is not found for another district's caseworker and forbidden to inspectors and administrators", async () => {
    const { inspection } = await unbookedVisit();
    expect(await codeOf(api(sabunchuCaseworker).workspace.visitCalendar({ inspectionId: inspection.id }))).toBe(
      "NOT_FOUND notFound",
    );
    expect(await codeOf(api(inspectorOne).workspace.visitCalendar({ inspectionId: inspection.id }))).toMatch(
      /^FORBIDDEN/,
    );
    expect(await codeOf(api(admin).workspace.visitCalendar({ inspectionId: inspection.id }))).toMatch(/^FORBIDDEN/);
  });
});

describe("booking a visit by hand", () => {
  it("books the visit nobody could be booked for: audited, the status moves on, the family is told once", async () => {
    const { application, inspection } = await unbookedVisit();
    const input = {
      inspectionId: inspection.id,
      inspectorId: inspectorTwo.id,
      date: "2026-12-10",
      timeWindow: "AFTERNOON" as const,
    };
    const booked = await api(caseworker).workspace.bookVisit(input);
    expect(booked).toMatchObject({ booking: 1, changed: true });
    expect(await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      inspectorId: inspectorTwo.id,
      scheduledFor: new Date("2026-12-10T00:00:00Z"),
      timeWindow: "AFTERNOON",
      bookingCount: 1,
    });
    expect((await db().application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe(
      "INSPECTION_SCHEDULED",
    );
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "inspection.booked", entityId: inspection.id },
    });
    expect(audit).toMatchObject({ actorUserId: caseworker.id, districtCode: "BAK-NASIMI" });
    expect(audit.details).toMatchObject({
      fromInspectorId: null,
      toInspectorId: inspectorTwo.id,
      toDate: "2026-12-10",
    });

    const notices = await db().notification.findMany({
      where: { applicationId: application.id, kind: "VISIT_RESCHEDULED" },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.id).toBe(booked.notificationId);
    const inspectorName = (await db().user.findUniqueOrThrow({ where: { id: inspectorTwo.id } })).name;
    // The SMS is in the family's language (az here), in the GSM alphabet: the date and hours as written.
    expect(notices[0]?.body).toContain("10.12.2026");
    expect(notices[0]?.body).toContain("14:00");
    // The family reads the inspector's first name and surname initial only (docs/inspector-tablet.md).
    expect(notices[0]?.payload).toMatchObject({ inspectorName: shortName(inspectorName), timeWindow: "AFTERNOON" });
    expect(bookings(inspection.id).map((e) => e.id)).toEqual([`inspection-booked-${inspection.id}-1`]);

    // The same booking asked again (a double click) changes nothing and tells nobody twice.
    expect(await api(caseworker).workspace.bookVisit(input)).toMatchObject({ booking: 1, changed: false });
    // The background run queues the same booking's notice: the outbox's dedupe key finds the first row.
    const data = await visitBookingNotice(db(), inspection.id, 1);
    if (!data) throw new Error("booking 1 is the visit's current booking");
    const again = await enqueueNotification(db(), { applicationId: application.id, kind: "VISIT_RESCHEDULED", data });
    expect(again).toEqual({ notificationId: booked.notificationId, created: false });
    expect(await db().notification.count({ where: { applicationId: application.id, kind: "VISIT_RESCHEDULED" } })).toBe(
      1,
    );
    expect(
      await db().auditLog.count({ where: { entityId: inspection.id, action: { startsWith: "inspection." } } }),
    ).toBe(1);
    expect(bookings(inspection.id)).toHaveLength(1);

    // Moved to another day by the supervisor: a new booking, told once more; the old booking is no longer told.
    const moved = await api(supervisor).workspace.bookVisit({ ...input, date: "2026-12-11", timeWindow: "MORNING" });
    expect(moved).toMatchObject({ booking: 2, changed: true });
    expect(await visitBookingNotice(db(), inspection.id, 1)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "inspection.moved", entityId: inspection.id } })).toBe(1);
    expect(await db().notification.count({ where: { applicationId: application.id, kind: "VISIT_RESCHEDULED" } })).toBe(
      2,
    );

    // Booked for the whole day: the SMS gives 09:00-18:00, and the calendar says the whole day, not a half-day
    // worked out from the visit's place in the inspector's day.
    expect(await api(supervisor).workspace.bookVisit({ ...input, timeWindow: null })).toMatchObject({ booking: 3 });
    expect(await visitBookingNotice(db(), inspection.id, 3)).toMatchObject({ timeWindow: null });
    const calendar = await api(caseworker).workspace.visitCalendar({ inspectionId: inspection.id });
    expect(calendar.visit).toMatchObject({ timeWindow: null, toldWindow: "DAY" });
  });

  it("refuses an absent or fully booked inspector and a day off, with the reason, and changes nothing", async () => {
    const { inspection } = await unbookedVisit();
    await api(supervisor).administration.recordAbsence({
      userId: inspectorOne.id,
      kind: "SICKNESS",
      from: "2026-12-15",
      to: "2026-12-15",
    });
    // Inspector three (capacity 4) is full on 16 December.
    for (let i = 0; i < 4; i += 1) {
      const { application } = await submittedApplication(db(), {
        districtCode: "BAK-NASIMI",
        applicationDate: "2026-11-20",
        status: "INSPECTION_SCHEDULED",
      });
      await db().inspection.create({
        data: {
          applicationId: application.id,
          inspectorId: inspectorThree.id,
          scheduledFor: new Date("2026-12-16T00:00:00Z"),
          status: "SCHEDULED",
        },
      });
    }
    const book = (inspectorId: string, date: string) =>
      codeOf(api(caseworker).workspace.bookVisit({ inspectionId: inspection.id, inspectorId, date, timeWindow: null }));
    expect(await book(inspectorOne.id, "2026-12-15")).toBe("CONFLICT inspectorAbsent");
    expect(await book(inspectorThree.id, "2026-12-16")).toBe("CONFLICT inspectorFullyBooked");
    expect(await book(inspectorTwo.id, "2026-12-12")).toBe("BAD_REQUEST visitDayNotWorking");
    // 31 December is a public holiday (World Azerbaijanis' Solidarity Day), today is not bookable.
    expect(await book(inspectorTwo.id, "2026-12-31")).toBe("BAD_REQUEST visitDayNotWorking");
    expect(await book(inspectorTwo.id, "2026-12-07")).toBe("BAD_REQUEST visitDayNotWorking");
    const calendar = await api(caseworker).workspace.visitCalendar({ inspectionId: inspection.id });
    expect(
      calendar.inspectors.find((i) => i.id === inspectorThree.id)?.days.find((d) => d.date === "2026-12-16"),
    ).toMatchObject({ booked: 4, free: false });
    expect(await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      inspectorId: null,
      bookingCount: 0,
    });
    expect(bookings(inspection.id)).toHaveLength(0);
  });

  it("keeps another district's visit and inspector not found, and inspectors and administrators out", async () => {
    const { inspection } = await unbookedVisit();
    const sabunchuInspector = await db().user.findFirstOrThrow({
      where: { role: "INSPECTOR", districtCode: "BAK-SABUNCHU" },
    });
    const input = { inspectionId: inspection.id, inspectorId: inspectorTwo.id, date: "2026-12-10", timeWindow: null };
    expect(await codeOf(api(sabunchuCaseworker).workspace.bookVisit(input))).toBe("NOT_FOUND notFound");
    expect(
      await codeOf(
        api(sabunchuCaseworker).workspace.sendVisitToInspector({
          inspectionId: inspection.id,
          inspectorId: sabunchuInspector.id,
        }),
      ),
    ).toBe("NOT_FOUND notFound");
    expect(await codeOf(api(caseworker).workspace.bookVisit({ ...input, inspectorId: sabunchuInspector.id }))).toBe(
      "NOT_FOUND notFound",
    );
    expect(await codeOf(api(inspectorTwo).workspace.bookVisit(input))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(api(admin).workspace.bookVisit(input))).toMatch(/^FORBIDDEN/);
    expect(await db().auditLog.count({ where: { entityId: inspection.id } })).toBe(0);
  });
});

describe("sending a visit to another inspector", () => {
  it("moves it on its day to the other inspector's tablet list, audited and told to the family", async () => {
    const { application, inspection } = await unbookedVisit();
    await api(caseworker).workspace.bookVisit({
      inspectionId: inspection.id,
      inspectorId: inspectorOne.id,
      date: "2026-12-09",
      timeWindow: "MORNING",
    });
    const listed = async (inspector: SessionUser) =>
      (await api(inspector).inspection.packet()).visits.some((v) => v.inspectionId === inspection.id);
    expect(await listed(inspectorOne)).toBe(true);
    expect(await listed(inspectorTwo)).toBe(false);

    const sent = await api(caseworker).workspace.sendVisitToInspector({
      inspectionId: inspection.id,
      inspectorId: inspectorTwo.id,
    });
    expect(sent).toMatchObject({ booking: 2, changed: true });
    expect(await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      inspectorId: inspectorTwo.id,
      scheduledFor: new Date("2026-12-09T00:00:00Z"),
      timeWindow: "MORNING",
    });
    expect(await listed(inspectorOne)).toBe(false);
    expect(await listed(inspectorTwo)).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "inspection.reassigned", entityId: inspection.id },
    });
    expect(audit.details).toMatchObject({ fromInspectorId: inspectorOne.id, toInspectorId: inspectorTwo.id });
    const notices = await db().notification.findMany({
      where: { applicationId: application.id, kind: "VISIT_RESCHEDULED" },
      orderBy: { createdAt: "asc" },
    });
    expect(notices.map((n) => (n.payload as { bookingId: string }).bookingId)).toEqual([
      `${inspection.id}-1`,
      `${inspection.id}-2`,
    ]);
    expect(bookings(inspection.id)).toHaveLength(2);

    // A visit already made can no longer be moved.
    await db().inspection.update({ where: { id: inspection.id }, data: { status: "COMPLETED" } });
    expect(
      await codeOf(
        api(caseworker).workspace.sendVisitToInspector({ inspectionId: inspection.id, inspectorId: inspectorOne.id }),
      ),
    ).toBe("CONFLICT visitNotOpen");
  });
});
