import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { addDays } from "@/kernel/calendar-date";
import { formatDottedDate } from "@/lib/i18n/date-input";
import { AGENCY_CODES } from "../src/server/integrations/agencies/catalogue";
import { fetchAgencyData } from "../src/server/services/agencies/fetch-agency-data";
import { decideApplication } from "../src/server/services/decisions/decide-application";
import { PLACEHOLDER_DISTRICTS } from "../tools/agency-sim/population/districts";
import { generateFamily } from "../tools/agency-sim/population/generate-family";
import { DEFAULT_SEED, startAgencySimulator } from "../tools/agency-sim/start-agency-simulator";
import { createApplicationFor, testGateway } from "../tools/agency-sim/test-support";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, e2eDbForFile } from "./support/staff-cases";

// The policy what-if as an administrator runs it: families decided in the last 12 months (made here from the
// simulated population, as the integration test does), decided again under another need criterion.

const db = e2eDbForFile();

/** The administrator signs in through the real page; the first sign-in of a run may be slow on a loaded machine. */
async function signInAdmin(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail").fill("admin@vemtas.local");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/, { timeout: 60_000 });
}
const APPLICATION_DATE = "2026-05-11";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const sim = await startAgencySimulator({ seed: DEFAULT_SEED, latencyMs: 0, hangMs: 5_000 });
  try {
    const gateway = testGateway(db(), sim.url, { AGENCY_TIMEOUT_MS: "10000" });
    const popConfig = {
      seed: DEFAULT_SEED,
      familyCount: 12_000,
      districts: PLACEHOLDER_DISTRICTS,
      anchorDate: "2026-01-01",
    };
    const paid = () =>
      db().decision.count({
        where: { final: true, outcome: "ASSIGN", amountQepik: { gt: 0 }, application: { districtCode: "BAK-NASIMI" } },
      });
    for (let i = 0; i < 60 && (await paid()) === 0; i += 1) {
      const applicationId = await createApplicationFor(db(), generateFamily(popConfig, i * 37), APPLICATION_DATE);
      await db().application.update({ where: { id: applicationId }, data: { districtCode: "BAK-NASIMI" } });
      await Promise.all(
        AGENCY_CODES.map((agency) =>
          fetchAgencyData({ applicationId, agency, requestedBy: "what-if-e2e" }, { db: db(), gateway }),
        ),
      );
      await db().inspection.create({
        data: { applicationId, status: "COMPLETED", completedAt: new Date(`${APPLICATION_DATE}T08:00:00Z`) },
      });
      await decideApplication(db(), {
        applicationId,
        inspection: { status: "COMPLETED", date: APPLICATION_DATE, inspectorFlags: [] },
        now: new Date(),
      });
    }
    expect(await paid()).toBeGreaterThan(0);
  } finally {
    await sim.stop();
  }
});

test("an administrator runs a what-if and sees its cost table, with districts by name", async ({ page }) => {
  await signInAdmin(page);
  // The home page's link names the page as the side menu does.
  await page.getByRole("link", { name: /^What-if: / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What-if");
  // Days typed as on every staff form, dd.mm.yyyy.
  await page
    .getByLabel("Date (decisions of the 12 months up to and including it)")
    .fill(formatDottedDate(bakuDate(new Date())));
  await page.getByLabel("Need criterion, manat per person per month").fill("1");
  // Named as the law table names the parameter.
  await page.getByLabel("Margin near the threshold that sends a case to review, %").fill("5");
  await page.getByRole("button", { name: "Run" }).click();

  const cost = page.getByTestId("what-if-cost");
  await expect(cost).toBeVisible();
  // A criterion of 1 manat assigns (almost) nobody: the yearly cost under it is below what was decided.
  const yearly = cost.getByRole("row").filter({ hasText: "Yearly cost" });
  await expect(yearly).toContainText("AZN");
  const [actual, reform] = (await yearly.getByRole("cell").allTextContents()).map((t) =>
    Number(t.replace(/[^0-9.]/g, "")),
  );
  expect(actual).toBeGreaterThan(reform ?? Number.POSITIVE_INFINITY);
  await expect(
    page.getByTestId("what-if-districts").getByRole("rowheader").filter({ hasText: "Nasimi District" }),
  ).toBeVisible();
  await expect(page.getByTestId("what-if-districts")).not.toContainText("BAK-NASIMI");
  // The day stays as typed; one that is not a day is said beside the field, in the page's words.
  const day = page.getByLabel("Date (decisions of the 12 months up to and including it)");
  await expect(day).toHaveValue(formatDottedDate(bakuDate(new Date())));
  await day.fill("31.02.2026");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.getByText("Enter a real date as dd.mm.yyyy, for example 05.03.2026.")).toBeVisible();
  // The page comes back with the cursor on the refused day, to retype it there.
  await expect(day).toBeFocused();
  await expect(day).toHaveAttribute("aria-invalid", "true");
  await expect(day).toHaveAccessibleDescription("Enter a real date as dd.mm.yyyy, for example 05.03.2026.");
});

test("a what-if with empty fields or a future date is refused beside each field, and nothing is run", async ({
  page,
}) => {
  await signInAdmin(page);
  await page.goto("/en/admin/what-if");
  const day = page.getByLabel("Date (decisions of the 12 months up to and including it)");
  const criterion = page.getByLabel("Need criterion, manat per person per month");
  const margin = page.getByLabel("Margin near the threshold that sends a case to review, %");
  // The walk: every field emptied and the form sent showed nothing at all.
  await day.fill("");
  await page.getByRole("button", { name: "Run" }).click();
  for (const field of [day, criterion, margin]) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("Please fill in this field.");
  }
  await expect(day).toBeFocused();
  // A day after today answered "no family was decided up to this date"; it is refused for what it is.
  await day.fill(formatDottedDate(addDays(bakuDate(new Date()), 1)));
  await criterion.fill("300");
  await margin.fill("2");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(day).toHaveAccessibleDescription(/Enter today or a past date/);
  await expect(criterion).not.toHaveAttribute("aria-invalid");
  await expect(page.getByTestId("what-if-cost")).toHaveCount(0);
  await expect(page.getByText("No family was decided")).toHaveCount(0);
});
