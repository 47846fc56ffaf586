import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { submittedApplication } from "../tests/support/case-fixtures";
import azOperations from "../src/messages/operations/az.json" with { type: "json" };
import enOperations from "../src/messages/operations/en.json" with { type: "json" };
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff as signInStaffOnce } from "./support/staff-cases";

// Issue 13, observability: the ministry's administrator opens "System health" from their home page and reads,
// in their language, what needs attention — messages failing, bank orders, applications stuck in the chain,
// agencies with an open circuit and the holiday calendar's last covered day. The figures are the database's.

const db = e2eDbForFile();
// A shared, loaded machine answers slowly: generous waits, no timing asserted.
test.setTimeout(240_000);
const slow = expect.configure({ timeout: 60_000 });

/** The shared sign-in, retried once when the landing page is slow to come (the helper waits 15 s). */
async function signInStaff(page: Page, email: string, locale: "az" | "en", lands: RegExp): Promise<void> {
  try {
    await signInStaffOnce(page, email, locale, lands);
  } catch {
    await slow(page).toHaveURL(lands);
  }
}
const texts = { az: azOperations.systemHealth, en: enOperations.systemHealth };

let stalledNumber = "";

test.beforeAll(async () => {
  // A message that failed for good, and an application left in "data collected" three days ago with no change since.
  await db().notification.create({
    data: {
      kind: "DECISION",
      channel: "SMS",
      locale: "az",
      recipient: "+994500000000",
      body: "-",
      status: "FAILED",
      error: "e2e",
      dedupeKey: `e2e-health-${randomUUID()}`,
    },
  });
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(threeDaysAgo),
    status: "INSPECTION_SCHEDULED",
  });
  await db().application.update({
    where: { id: application.id },
    data: { status: "DATA_COLLECTED", submittedAt: new Date(0) },
  });
  await db().applicationStatusChange.create({
    data: {
      applicationId: application.id,
      fromStatus: "INSPECTION_SCHEDULED",
      toStatus: "DATA_COLLECTED",
      actorKind: "SYSTEM",
      at: threeDaysAgo,
    },
  });
  stalledNumber = application.registrationNumber ?? "";
});

for (const locale of ["az", "en"] as const) {
  test(`the administrator reads the system's health in ${locale}`, async ({ page }) => {
    const t = texts[locale];
    await signInStaff(page, "admin@vemtas.local", locale, new RegExp(`/${locale}/admin$`));
    await page.getByRole("link", { name: t.link }).click();
    await slow(page).toHaveURL(new RegExp(`/${locale}/admin/health$`));
    await slow(page.getByRole("heading", { level: 1 })).toHaveText(t.title);

    // Every section, under its heading in the page's language.
    for (const caption of [t.messages, t.bank, t.runs])
      await slow(page.locator("caption", { hasText: caption })).toBeVisible();
    await slow(page.getByRole("heading", { name: t.agencies })).toBeVisible();
    await slow(page.getByRole("heading", { name: t.calendar })).toBeVisible();

    // The figures are the database's: the failed message counts, the stuck application is named.
    const failed = await db().notification.count({ where: { status: "FAILED" } });
    expect(failed).toBeGreaterThan(0);
    await slow(page.getByTestId("messages-failed")).toContainText(t.messagesFailed);
    await slow(page.getByTestId("messages-failed").locator("td")).toHaveText(String(failed));
    await slow(page.getByTestId("bank-rejected")).toContainText(t.bankRejected);
    await slow(page.getByTestId("bank-unanswered")).toBeVisible();
    // The thresholds read as the language counts them: "1 hour", not "1 hours".
    if (locale === "en") {
      await slow(page.getByTestId("messages-undelivered")).toContainText("Sent more than 1 hour ago");
      await slow(page.getByTestId("stalled-SUBMITTED")).toContainText("longer than 2 days");
    }
    await slow(page.getByTestId("stalled-DATA_COLLECTED")).toContainText(stalledNumber);
    await slow(page.getByTestId("stalled-SUBMITTED")).toBeVisible();
    await slow(page.getByTestId("open-circuits")).toContainText(t.agenciesOpen);

    // The calendar: the seed's holidays reach into the future, so the last covered day is shown, not "empty".
    const last = await db().publicHoliday.findFirst({ orderBy: { date: "desc" } });
    expect(last).not.toBeNull();
    await slow(page.getByTestId("calendar")).toContainText(t.calendarLastDay);
    // …and it is 31 December of that year, to which an entered year is covered, not the last entered day.
    const lastCovered = new Date(Date.UTC(last?.date.getUTCFullYear() ?? 0, 11, 31));
    await slow(page.getByTestId("calendar")).toContainText(
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(lastCovered),
    );
    await expectNoSeriousAxeViolations(page, `system health (${locale})`);
  });
}

test("the health page is for administrators only", async ({ page }) => {
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto("/en/admin/health");
  // Sent back to the supervisor's own home, with no figure shown.
  await slow(page).toHaveURL(/\/en\/staff$/);
  await slow(page.getByTestId("messages-failed")).toHaveCount(0);
});
