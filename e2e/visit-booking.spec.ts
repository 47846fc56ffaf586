import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { noInspectorNote } from "@/kernel/visit-system-notes";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { waitForMessage } from "./support/messaging-inbox";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A caseworker at a desk (1366 × 768) and on a tablet (1024 × 768) opens a case whose home visit nobody could be
// booked for, books it on the inspector calendar, and the family's SMS carries the new date, half-day and inspector.

const db = e2eDbForFile();

const screens = [
  { label: "desk", viewport: { width: 1366, height: 768 } },
  { label: "tablet", viewport: { width: 1024, height: 768 } },
] as const;

for (const { label, viewport } of screens) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test(`a caseworker books a visit nobody could be booked for, and the family's SMS carries the new date (${label})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const today = bakuDate(new Date());
      const { application } = await submittedApplication(db(), {
        districtCode: "BAK-NASIMI",
        applicationDate: today,
        status: "INSPECTION_SCHEDULED",
      });
      // The family's own phone, so its inbox holds only this test's messages; the deadline three weeks on.
      const phone = `+99455${randomInt(1_000_000, 9_999_999)}`;
      const dueOn = new Date(`${today}T00:00:00Z`);
      dueOn.setUTCDate(dueOn.getUTCDate() + 21);
      await db().application.update({
        where: { id: application.id },
        data: { status: "SUBMITTED", contactPhone: phone, preferredChannel: "SMS", locale: "az", decisionDueOn: dueOn },
      });
      const inspection = await db().inspection.create({
        data: {
          applicationId: application.id,
          attempt: 1,
          status: "SCHEDULED",
          note: noInspectorNote(dueOn.toISOString().slice(0, 10)),
        },
      });
      // The chain's first effect, as a real run leaves it: without it the ten-minute sweep takes this for a lost
      // submission and starts its chain again in the middle of the test.
      await db().notification.create({
        data: {
          applicationId: application.id,
          kind: "REGISTRATION_NOTICE",
          channel: "SMS",
          locale: "az",
          recipient: phone,
          body: "Müraciətiniz qeydə alındı",
          status: "SENT",
          dedupeKey: `registration-${application.id}`,
          sentAt: new Date(),
        },
      });

      await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
      await page.goto(`/en/staff/applications/${application.id}`);
      // The system's note in words, not its code.
      const visits = page.locator("#cf-inspections");
      await expect(visits).toContainText("No inspector was free before");
      await expect(visits).not.toContainText("NO_INSPECTOR_CAPACITY");
      await page.getByRole("link", { name: "Book, move or send to another inspector" }).click();
      await expect(page).toHaveURL(new RegExp(`/en/staff/visits/${inspection.id}$`));
      await expect(page.getByTestId("current-booking")).toContainText("no inspector booked yet");
      const table = page.getByTestId("visit-calendar");
      await expect(table.getByRole("columnheader", { name: /deadline/ }).first()).toBeVisible();
      // The wide table scrolls inside its own box; the page itself does not scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousAxeViolations(page, "the inspector calendar");

      // The first free cell: its label names the inspector and the day.
      const cell = table.getByRole("radio").first();
      const cellId = (await cell.getAttribute("id")) ?? "";
      const date = /(\d{4}-\d{2}-\d{2})$/.exec(cellId)?.[1] ?? "";
      expect(date).not.toBe("");
      await cell.check();
      await page.getByRole("radio", { name: "Afternoon, 14:00–18:00" }).check();
      // Double-clicked: booked once, and it says "Booked." (the second click went out in the same batch and its
      // "already booked like this; nothing changed" stood in place of the booking's answer).
      await page.getByRole("button", { name: "Book the visit" }).dblclick();
      await expect(page.getByRole("status").filter({ hasText: "Booked." })).toBeVisible();
      await expect(page.getByTestId("current-booking")).toContainText("Afternoon, 14:00–18:00");

      const booked = await db().inspection.findUniqueOrThrow({
        where: { id: inspection.id },
        include: { inspector: { select: { name: true } } },
      });
      expect(booked).toMatchObject({
        timeWindow: "AFTERNOON",
        bookingCount: 1,
        scheduledFor: new Date(`${date}T00:00:00Z`),
      });
      expect(await db().auditLog.count({ where: { action: "inspection.booked", entityId: inspection.id } })).toBe(1);

      // The family's SMS (Azerbaijani, dd.mm.yyyy) arrives through the background run and the messaging fake.
      const [y, m, d] = date.split("-");
      const sms = await waitForMessage(phone, (msg) => msg.channel === "sms" && msg.text.includes(`${d}.${m}.${y}`));
      expect(sms.text).toContain("14:00");
      expect(sms.text).toContain(application.registrationNumber ?? "");
      await expect
        .poll(async () =>
          (await db().notification.findMany({ where: { applicationId: application.id } })).map((n) => n.kind).sort(),
        )
        .toEqual(["REGISTRATION_NOTICE", "VISIT_RESCHEDULED"]);

      // In Azerbaijani the calendar's days read as Node prints them on the server. Chromium has no az date data:
      // formatted by the browser they read "Mon" and "2026 M12 7, Mon", and hydration failed on the mismatch.
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      // Hydrated (the network quiet) before reading: the server's HTML alone always read right.
      await page.goto(`/az/staff/visits/${inspection.id}`, { waitUntil: "networkidle" });
      const day = new Date(`${date}T00:00:00Z`);
      const az = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat("az", { ...options, timeZone: "UTC" }).format(day);
      const headerLine = (text: string) => table.locator("thead th span").getByText(text, { exact: true });
      await expect(headerLine(az({ weekday: "short" })).first()).toBeVisible();
      await expect(headerLine(az({ day: "numeric", month: "short" }))).toHaveCount(1);
      await expect(table.getByRole("radio", { name: az({ dateStyle: "full" }) }).first()).toBeAttached();
      expect(pageErrors).toEqual([]);
    });
  });
}
