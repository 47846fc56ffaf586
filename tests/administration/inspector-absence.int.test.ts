import { describe, expect, it } from "vitest";
import { addWorkingDays } from "@/server/domain";
import { scheduleInspection } from "@/server/services/inspections/schedule-inspection";
import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { inspectorCalendarFile, mondayApplication, refused } from "../support/inspector-calendar-file";
import { staffSession } from "../support/seed-reference";

const { db, now, api } = inspectorCalendarFile("absence");

describe("inspectors' absences", () => {
  it("the scheduler books no visit for an inspector on leave or sick; the visit goes to the next day someone is in", async () => {
    const calendar = await loadHolidayCalendar(db(), 2026, 2027);
    const firstDay = addWorkingDays("2026-12-07", 1, calendar);
    const inspectors = await db().user.findMany({
      where: { role: "INSPECTOR", districtCode: "BAK-SABUNCHU", active: true },
    });
    expect(inspectors.length).toBeGreaterThan(0);
    const supervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
    for (const [i, inspector] of inspectors.entries()) {
      await api(supervisor).administration.recordAbsence({
        userId: inspector.id,
        kind: i === 0 ? "SICKNESS" : "LEAVE",
        from: "2026-12-08",
        to: firstDay,
      });
    }
    const booked = await scheduleInspection(db(), {
      applicationId: await mondayApplication(db(), "BAK-SABUNCHU", 1),
      attempt: 1,
      now,
    });
    expect(booked).toMatchObject({ kind: "SCHEDULED", date: addWorkingDays(firstDay, 1, calendar) });
    expect(await db().auditLog.count({ where: { action: "staff.absenceRecorded", actorUserId: supervisor.id } })).toBe(
      inspectors.length,
    );
  });

  it("a supervisor cannot enter another district's inspector, and bad ranges change nothing", async () => {
    const supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    const other = await db().user.findFirstOrThrow({ where: { role: "INSPECTOR", districtCode: "BAK-SABUNCHU" } });
    const own = await db().user.findFirstOrThrow({ where: { role: "INSPECTOR", districtCode: "BAK-NASIMI" } });
    const count = await db().staffAbsence.count();
    expect(
      await refused(
        api(supervisor).administration.recordAbsence({
          userId: other.id,
          kind: "LEAVE",
          from: "2026-12-08",
          to: "2026-12-09",
        }),
      ),
    ).toBe("notFound");
    expect(
      await refused(
        api(supervisor).administration.recordAbsence({
          userId: own.id,
          kind: "LEAVE",
          from: "2026-12-09",
          to: "2026-12-08",
        }),
      ),
    ).not.toBe("accepted");
    const caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
    expect(
      await refused(
        api(caseworker).administration.recordAbsence({
          userId: own.id,
          kind: "LEAVE",
          from: "2026-12-08",
          to: "2026-12-09",
        }),
      ),
    ).toBe("forbidden");
    expect(await db().staffAbsence.count()).toBe(count);
  });
});

describe("a supervisor reassigns a home visit", () => {
  it("to another inspector of the district with capacity that day, audited; never to an absent one or across districts", async () => {
    const calendar = await loadHolidayCalendar(db(), 2026, 2027);
    const supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    const booked = await scheduleInspection(db(), {
      applicationId: await mondayApplication(db(), "BAK-NASIMI", 2),
      attempt: 1,
      now,
    });
    if (booked.kind !== "SCHEDULED") throw new Error("the visit should have been booked");
    const others = await db().user.findMany({
      where: { role: "INSPECTOR", districtCode: "BAK-NASIMI", id: { not: booked.inspectorId } },
      orderBy: { email: "asc" },
    });
    const [target, away] = others;
    if (!target || !away) throw new Error("Nasimi has three inspectors in the seed");
    const day = addWorkingDays(booked.date, 1, calendar);
    await api(supervisor).administration.recordAbsence({ userId: away.id, kind: "LEAVE", from: day, to: day });

    expect(
      await refused(
        api(supervisor).administration.reassignInspection({
          inspectionId: booked.inspectionId,
          inspectorId: away.id,
          date: day,
        }),
      ),
    ).toBe("inspectorAbsent");
    expect(
      await refused(
        api(supervisor).administration.reassignInspection({
          inspectionId: booked.inspectionId,
          inspectorId: target.id,
          date: "2026-12-07",
        }),
      ),
    ).toBe("visitDayNotWorking");
    const elsewhere = await db().user.findFirstOrThrow({ where: { role: "INSPECTOR", districtCode: "BAK-SABUNCHU" } });
    expect(
      await refused(
        api(supervisor).administration.reassignInspection({
          inspectionId: booked.inspectionId,
          inspectorId: elsewhere.id,
          date: day,
        }),
      ),
    ).toBe("notFound");
    const otherSupervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
    expect(
      await refused(
        api(otherSupervisor).administration.reassignInspection({
          inspectionId: booked.inspectionId,
          inspectorId: elsewhere.id,
          date: day,
        }),
      ),
    ).toBe("notFound");
    expect(await db().inspection.findUniqueOrThrow({ where: { id: booked.inspectionId } })).toMatchObject({
      inspectorId: booked.inspectorId,
    });

    await api(supervisor).administration.reassignInspection({
      inspectionId: booked.inspectionId,
      inspectorId: target.id,
      date: day,
    });
    expect(await db().inspection.findUniqueOrThrow({ where: { id: booked.inspectionId } })).toMatchObject({
      inspectorId: target.id,
      scheduledFor: new Date(`${day}T00:00:00Z`),
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "inspection.reassigned", entityId: booked.inspectionId },
    });
    expect(audit).toMatchObject({ actorUserId: supervisor.id, districtCode: "BAK-NASIMI" });
    expect(audit.details).toMatchObject({ fromInspectorId: booked.inspectorId, toInspectorId: target.id, toDate: day });
  });
});
