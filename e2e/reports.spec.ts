import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { formatDottedDate } from "@/lib/i18n/date-input";
import { clearReportFixture, REPORT_PERIOD, seedReportFixture } from "../tests/support/report-fixtures";
import texts from "../src/messages/reports/en.json" with { type: "json" };
import azTexts from "../src/messages/reports/az.json" with { type: "json" };
import coreAz from "../src/messages/az.json" with { type: "json" };
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A district head reads how the district kept the 15-working-day deadline, through the chart's table, and takes
// the same figures away as a CSV file.

const db = e2eDbForFile();

test.beforeAll(async () => {
  await clearReportFixture(db());
  // The figures were counted by hand for the fixture alone. Specs that ran before on this server write families
  // dated months back from today (the assistance year's), which some months of the year land in this period: they
  // are moved two years back, out of it.
  await db().application.updateMany({
    where: {
      districtCode: { in: ["BAK-NASIMI", "SUMGAYIT"] },
      applicationDate: {
        gte: new Date(`${REPORT_PERIOD.from}T00:00:00Z`),
        lte: new Date(`${REPORT_PERIOD.to}T00:00:00Z`),
      },
    },
    data: { applicationDate: new Date(`${Number(REPORT_PERIOD.from.slice(0, 4)) - 2}-01-05T00:00:00Z`) },
  });
  await seedReportFixture(db(), "BAK-NASIMI", "SUMGAYIT");
});

test("a supervisor reads the district's deadline chart and downloads its CSV", async ({ page }) => {
  // A long page (eight reports) for the accessibility scan, on a shared machine.
  test.setTimeout(300_000);
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await expect(page).toHaveURL(/\/en\/staff$/, { timeout: 60_000 });
  await page.getByRole("link", { name: "Reports: how the programme is doing" }).click();
  await expect(page).toHaveURL(/\/en\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Programme reports" })).toBeVisible();

  // Days typed as dd.mm.yyyy, whatever the browser's language (a native date input would follow it).
  const from = formatDottedDate(REPORT_PERIOD.from);
  const to = formatDottedDate(REPORT_PERIOD.to);
  await page.getByLabel("From (day)").fill(from);
  await page.getByLabel("To (day)").fill(to);
  await page.getByRole("button", { name: "Show" }).click();
  // The filter is in the address: the page can be bookmarked or sent on.
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  await expect(page.getByLabel("From (day)")).toHaveValue(from);

  await expect(page.getByTestId("report-headline")).toContainText("60.0 %");
  const section = page.getByTestId("report-deadline");
  await expect(section.getByRole("img")).toHaveAttribute("aria-label", /within 15 working days.*overall 60\.0 %/);
  const table = section.getByRole("table", {
    name: "Figures of the chart: Decisions within the deadline, by month of application",
  });
  const row = (month: string) =>
    table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: month, exact: true }) });
  await expect(row("February 2026").getByRole("cell")).toHaveText(["4", "2", "50.0", "15", "16"]);
  await expect(row("March 2026").getByRole("cell")).toHaveText(["1", "1", "100.0", "1", "1"]);
  await expect(row("Total").getByRole("cell")).toHaveText(["5", "3", "60.0", "15", "16"]);
  // The refusal grounds say what they count (each application once, by its first final decision), beside the table,
  // which takes the line as its description.
  const grounds = page.getByTestId("report-grounds");
  await expect(grounds.getByTestId("note-grounds")).toHaveText(texts.reports.groundsNote);
  await expect(grounds.getByRole("table")).toHaveAccessibleDescription(texts.reports.groundsNote);
  await expectNoSeriousAxeViolations(page, "the reports page");

  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: /Download CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("report-deadline-BAK-NASIMI-2026-02-01-2026-03-31.csv");
  const csv = (await readFile((await download.path()) ?? "", "utf8")).replace(/^\uFEFF/, "");
  expect(csv.trim().split("\r\n")).toEqual([
    'Month,Decided,Within the deadline,"Share within the deadline, %","Median, working days","95th percentile, working days"',
    "2026-02,4,2,50.0,15,16",
    "2026-03,1,1,100.0,1,1",
    "Total,5,3,60.0,15,16",
  ]);

  // The page writes the CSV's figures in its language: months by name, decimals with the page's mark.
  await page.goto(`/az/reports?from=${from}&to=${to}`);
  const az = page.getByTestId("report-deadline").getByRole("table");
  await expect(
    az
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "fevral 2026", exact: true }) })
      .getByRole("cell"),
  ).toHaveText(["4", "2", "50,0", "15", "16"]);
  // The summary above writes its share as the tables do ("60,0 %", not "60.0 %").
  await expect(page.getByTestId("report-headline")).toContainText("60,0 %");
  await expect(page.getByTestId("report-headline")).not.toContainText("60.0");
  await expect(page.getByTestId("note-grounds")).toHaveText(azTexts.reports.groundsNote);

  // Another district's figures are not to be had by editing the address.
  const other = await page.goto(`/en/reports?from=${REPORT_PERIOD.from}&to=${REPORT_PERIOD.to}&district=SUMGAYIT`);
  await expect(page.getByTestId("report-deadline")).toHaveCount(0);
  // Said beside the form, in the page's language, not as a "not found" page that would still answer 200.
  await expect(page.getByTestId("report-district-refused")).toHaveText(texts.reports.filter.districtRefused);
  expect(other?.status()).toBe(200);
  const refused = await page.request.get(
    `/api/reports/deadline?from=${REPORT_PERIOD.from}&to=${REPORT_PERIOD.to}&district=SUMGAYIT`,
  );
  expect(refused.status()).toBe(404);
});

test("the period is refused as the audit log refuses it: the same fields, messages and field", async ({ page }) => {
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "az", /\/az\/staff$/);
  const from = page.getByLabel(coreAz.dayRange.from);
  const to = page.getByLabel(coreAz.dayRange.to);
  const show = page.getByRole("button", { name: azTexts.reports.filter.show });

  // A day not on the calendar, typed into the same masked dd.mm.yyyy field: said beside it, and nothing is shown.
  await page.goto("/az/reports");
  await from.fill("31.02.2026");
  await show.click();
  await expect(page).toHaveURL(/from=31\.02\.2026/);
  await expect(from).toHaveAttribute("aria-invalid", "true");
  // The page comes back with the cursor on the refused day, to retype it there.
  await expect(from).toBeFocused();
  await expect(from).toHaveAccessibleDescription(new RegExp(`${coreAz.errors.dateFormat.replace(/\./g, "\\.")}$`));
  await expect(to).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("report-deadline")).toHaveCount(0);

  // An end before the start, beside the end, in the audit log's words.
  await from.fill("02.02.2026");
  await to.fill("01.02.2026");
  await show.click();
  await expect(page).toHaveURL(/from=02\.02\.2026&to=01\.02\.2026/);
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toBeFocused();
  await expect(to).toHaveAccessibleDescription(
    new RegExp(`${coreAz.errors.periodEndBeforeStart.replace(/\./g, "\\.")}$`),
  );
  await expect(from).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("report-deadline")).toHaveCount(0);
});
