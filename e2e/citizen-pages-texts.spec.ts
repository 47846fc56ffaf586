import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { addMonthsToYearMonth, bakuDate, monthOf } from "@/kernel/calendar-date";
import { assignedFamily } from "./support/assigned-family";
import { catalogs } from "./support/wizard-page";
import { e2eDbForFile } from "./support/staff-cases";

// Each citizen section hands the browser only the texts its components read (src/messages/citizen-namespaces.ts):
// a text left out shows as its key, and next-intl says so on the console. Every citizen page, in every language,
// on a cheap phone's 360 px screen, without one such message; the weight of each page's HTML is reported (the whole
// catalog made it ~130 KB for a page of one line).

const db = e2eDbForFile();
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

/** Collects what next-intl reports of a text it could not find. */
function missingTexts(page: Page): string[] {
  const missing: string[] = [];
  page.on("console", (message) => {
    if (/MISSING_MESSAGE|INSUFFICIENT_PATH|IntlError/.test(message.text())) missing.push(message.text());
  });
  return missing;
}

/** A page's HTML as the server sends it: its bytes, and its bytes gzipped. */
async function weight(page: Page, path: string): Promise<string> {
  const html = Buffer.from(await (await page.request.get(path)).body());
  return `${path.replace(/[a-z0-9]{20,}/, "<id>")}: ${html.length} bytes, ${gzipSync(html).length} gzipped`;
}

test("the citizen's pages find every text they show, in each language", async ({ page, browser }) => {
  const now = monthOf(bakuDate(new Date()));
  const family = await assignedFamily(db(), page, addMonthsToYearMonth(now, -1), addMonthsToYearMonth(now, 10), (m) =>
    m < now ? "CREDITED" : "PLANNED",
  );
  const missing = missingTexts(page);
  const weights: string[] = [];
  for (const locale of ["az", "ru", "en"] as const) {
    for (const path of [
      `/${locale}/my`,
      `/${locale}/applications/${family.application.id}`,
      `/${locale}/applications/${family.application.id}/letter`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      weights.push(await weight(page, path));
    }
    // Signed out, in a browser context of its own.
    const signedOut = await browser.newPage();
    const signedOutMissing = missingTexts(signedOut);
    await signedOut.goto(`/${locale}/sign-in`);
    await expect(signedOut.getByRole("heading", { level: 1 })).toBeVisible();
    weights.push(await weight(signedOut, `/${locale}/sign-in`));
    await signedOut.close();
    expect(signedOutMissing).toEqual([]);
  }
  console.info(weights.join("\n"));
  expect(missing).toEqual([]);
});

test("on a 360 px phone the letter's header stacks and 'Sign out' is a finger's target", async ({ page }) => {
  const now = monthOf(bakuDate(new Date()));
  const family = await assignedFamily(db(), page, addMonthsToYearMonth(now, -1), addMonthsToYearMonth(now, 10), (m) =>
    m < now ? "CREDITED" : "PLANNED",
  );
  await page.goto(`/ru/applications/${family.application.id}/letter`);
  // Each value under its label, as wide as the letter, not in a column one word wide beside "Выдавший орган".
  const fields = page.getByTestId("letter-fields");
  const labels = await fields.locator("dt").all();
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) {
    const labelBox = await label.boundingBox();
    const valueBox = await label.locator("xpath=following-sibling::dd[1]").boundingBox();
    expect(labelBox && valueBox && valueBox.y >= labelBox.y + labelBox.height - 1).toBe(true);
    expect(labelBox && valueBox && valueBox.x).toBe(labelBox?.x);
  }
  // WCAG 2.5.5: at least 44×44 CSS px.
  const signOut = await page.getByRole("button", { name: catalogs.ru.common.signOut }).boundingBox();
  expect(signOut?.width).toBeGreaterThanOrEqual(44);
  expect(signOut?.height).toBeGreaterThanOrEqual(44);
});
