import { beforeAll, describe, expect, it } from "vitest";
import { parseMessage } from "@/server/content/notices/message-data";
import { renderMessage } from "@/server/content/notices/render-message";
import { getApplicationTimeline } from "@/server/services/applications/get-application-timeline";
import { getVisitNotice } from "@/server/services/inspections/get-visit-notice";
import { scheduleInspection } from "@/server/services/inspections/schedule-inspection";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { mondayApplication } from "../support/inspector-calendar-file";
import { applicantSession, seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("visit_notice");
const db = () => testDb.current().db;
const visitDay = new Date("2026-12-09T00:00:00Z");

beforeAll(async () => {
  await seedReference(db());
  await seedLawData(db());
});

let n = 0;
async function application(districtCode: string) {
  n += 1;
  return mondayApplication(db(), districtCode, n, { status: "INSPECTION_SCHEDULED", locale: "en" });
}

async function visit(inspectorId: string | null, createdAt: Date, status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") {
  const applicationId = await application("BAK-NASIMI");
  return db().inspection.create({
    data: { applicationId, attempt: 1, inspectorId, scheduledFor: inspectorId ? visitDay : null, status, createdAt },
  });
}

describe("what the family is told of a booked visit", () => {
  it("gives the first half of the inspector's day the morning window and the rest the afternoon, in booking order", async () => {
    const inspector = await db().user.create({
      data: {
        role: "INSPECTOR",
        name: "Aysel Rauf qızı Məmmədova",
        email: "aysel.visit-notice@vemtas.local",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: 3,
      },
    });
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 8, minute));
    // A cancelled visit gave its place back and does not push the others into the afternoon.
    await visit(inspector.id, at(0), "CANCELLED");
    const visits = [
      await visit(inspector.id, at(1)),
      await visit(inspector.id, at(2)),
      await visit(inspector.id, at(3)),
    ];
    const notices = await Promise.all(visits.map((v) => getVisitNotice(db(), v.id)));
    expect(notices.map((x) => x.window)).toEqual([
      { from: "09:00", to: "13:00" },
      { from: "09:00", to: "13:00" },
      { from: "14:00", to: "18:00" },
    ]);
    expect(notices[0]).toMatchObject({ date: "2026-12-09", attempt: 1, inspector: "Aysel M." });

    // The family's timeline tells the same half-day as the SMS, for the morning visit and the afternoon one.
    const timelineWindow = async (applicationId: string) => {
      const view = await getApplicationTimeline(db(), await applicantSession(db(), applicationId), applicationId, "en");
      return view.events.find((e) => e.kind === "INSPECTION_SCHEDULED");
    };
    expect(await timelineWindow(visits[0]!.applicationId)).toMatchObject({
      date: "2026-12-09",
      window: { from: "09:00", to: "13:00" },
    });
    expect(await timelineWindow(visits[2]!.applicationId)).toMatchObject({ window: { from: "14:00", to: "18:00" } });

    const ctx = {
      registrationNumber: "VEM-2026-800004",
      applicationDate: null,
      appBaseUrl: "https://x",
      applicationUrl: "https://x/a",
    };
    expect(renderMessage(parseMessage("INSPECTION_DATE", notices[2]), "en", "SMS", ctx).body).toBe(
      "TSSA VEM-2026-800004: home visit on 9 Dec 2026, inspector Aysel M., 14:00-18:00; please be at home with your identity cards ready.",
    );
  });

  it("keeps the half-day told: a visit cancelled earlier that day moves neither the page's hours nor the SMS's", async () => {
    const inspector = await db().user.create({
      data: {
        role: "INSPECTOR",
        name: "Rəşad Elçin oğlu Quliyev",
        email: "rashad.visit-notice@vemtas.local",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: 2,
      },
    });
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));
    const first = await visit(inspector.id, at(0));
    const second = await visit(inspector.id, at(1));
    expect((await getVisitNotice(db(), second.id)).window).toEqual({ from: "14:00", to: "18:00" });
    await db().inspection.update({ where: { id: first.id }, data: { status: "CANCELLED" } });

    const family = await applicantSession(db(), second.applicationId);
    const view = await getApplicationTimeline(db(), family, second.applicationId, "en");
    expect(view.events.find((e) => e.kind === "INSPECTION_SCHEDULED")).toMatchObject({
      window: { from: "14:00", to: "18:00" },
    });
    // The step that queues the notice runs at least once: a second reading tells the same hours.
    expect((await getVisitNotice(db(), second.id)).window).toEqual({ from: "14:00", to: "18:00" });
    // A visit booked that day and not told yet takes the place given back.
    const third = await visit(inspector.id, at(2));
    expect((await getVisitNotice(db(), third.id)).window).toEqual({ from: "14:00", to: "18:00" });
  });

  it("gives a visit booked by hand for the whole day the whole day's hours on the page, as its SMS did", async () => {
    const inspector = await db().user.create({
      data: {
        role: "INSPECTOR",
        name: "Nərmin Vüqar qızı Əliyeva",
        email: "narmin.visit-notice@vemtas.local",
        districtCode: "BAK-NASIMI",
        dailyInspectionCapacity: 4,
      },
    });
    const booked = await visit(inspector.id, new Date("2026-12-07T10:00:00Z"));
    await db().inspection.update({ where: { id: booked.id }, data: { bookingCount: 1, timeWindow: null } });
    const family = await applicantSession(db(), booked.applicationId);
    const view = await getApplicationTimeline(db(), family, booked.applicationId, "en");
    expect(view.events.find((e) => e.kind === "INSPECTION_SCHEDULED")).toMatchObject({
      window: { from: "09:00", to: "18:00" },
    });
  });

  it("says only the day of a visit no inspector could take", async () => {
    const unassigned = await visit(null, new Date("2026-12-07T09:00:00Z"));
    await db().inspection.update({ where: { id: unassigned.id }, data: { scheduledFor: visitDay } });
    expect(await getVisitNotice(db(), unassigned.id)).toEqual({ date: "2026-12-09", attempt: 1 });
    const family = await applicantSession(db(), unassigned.applicationId);
    const view = await getApplicationTimeline(db(), family, unassigned.applicationId, "en");
    expect(view.events.find((e) => e.kind === "INSPECTION_SCHEDULED")).toMatchObject({ window: null });
  });

  it("names the inspector the scheduler booked", async () => {
    const applicationId = await application("BAK-SABUNCHU");
    await db().application.update({ where: { id: applicationId }, data: { status: "SUBMITTED" } });
    const booked = await scheduleInspection(db(), { applicationId, attempt: 1, now: new Date("2026-12-07T06:00:00Z") });
    if (booked.kind !== "SCHEDULED") throw new Error(`expected a booking, got ${booked.kind}`);
    const inspector = await db().user.findUniqueOrThrow({ where: { id: booked.inspectorId } });
    const notice = await getVisitNotice(db(), booked.inspectionId);
    expect(notice.date).toBe(booked.date);
    expect(notice.inspector).toBe(`${inspector.name.split(" ")[0]} ${[...inspector.name.split(" ").at(-1)!][0]}.`);
    expect(notice.window).toEqual({ from: "09:00", to: "13:00" });
  });
});
