import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { submittedApplication } from "../tests/support/case-fixtures";
import { signInCitizen } from "./support/sign-in-citizen";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { uniqueCitizen } from "./support/unique-citizen";

const texts = {
  az: {
    notFound: "Səhifə tapılmadı",
    error: "Nə isə səhv getdi",
    tryAgain: "Yenidən cəhd edin",
    home: "Ana səhifəyə qayıdın",
  },
  ru: {
    notFound: "Страница не найдена",
    error: "Что-то пошло не так",
    tryAgain: "Попробовать ещё раз",
    home: "На главную страницу",
  },
  en: { notFound: "Page not found", error: "Something went wrong", tryAgain: "Try again", home: "Go to the home page" },
} as const;

const db = e2eDbForFile();

for (const [locale, t] of Object.entries(texts)) {
  test(`an unknown address under /${locale} answers 404 with the localized page and a way home`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.notFound);
    await expect(page.getByRole("banner")).toContainText("VEMTAS");
    await page.getByRole("link", { name: t.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });

  // The e2e server arms a page that throws while rendering (see src/app/[locale]/test-only/server-error).
  test(`a server error under /${locale} shows the localized error page with "try again"`, async ({ page }) => {
    await page.goto(`/${locale}/test-only/server-error`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.error);
    await expect(page.getByRole("banner")).toContainText("VEMTAS");
    await expect(page.getByRole("button", { name: t.tryAgain })).toBeVisible();
    await expect(page.getByRole("link", { name: t.home })).toBeVisible();
    await expect(page.getByText("Forced server error")).toHaveCount(0);
  });
}

test.describe("a browser set to Russian", () => {
  test.use({ locale: "ru-RU" });
  test("an address without a locale is sent to the browser's language and gets the localized not-found page", async ({
    page,
  }) => {
    const response = await page.goto("/xx-not-a-locale/page");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/ru\/xx-not-a-locale\/page$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.ru.notFound);
  });
});

test("an address outside every locale gets the not-found page in all three languages", async ({ page }) => {
  const response = await page.goto("/api/no-such-endpoint");
  expect(response?.status()).toBe(404);
  for (const t of Object.values(texts))
    await expect(page.getByRole("heading", { level: 1, name: t.notFound })).toBeVisible();
});

test("the home page loads with no failed request: the tab's icon is the service's own", async ({ page }) => {
  // Without an icon every page load asked for /favicon.ico and logged its 404 in the console.
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") failed.push(m.text());
  });
  await page.goto("/az", { waitUntil: "networkidle" });
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  const icon = await page.request.get(href ?? "/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
  expect(failed).toEqual([]);
});

// Another family's application, its letter and its draft: the localized not-found page, its title, and 404 (the
// application's pages wait for their data under a loading page, so the check runs in their layout, before it).
test("another family's application, letter and draft answer 404 with the localized not-found page", async ({
  page,
}) => {
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "AWAITING_REVIEW",
  });
  await signInCitizen(page, { ...uniqueCitizen(), locale: "az" });
  for (const [locale, path] of [
    ["az", `/az/applications/${application.id}`],
    ["ru", `/ru/applications/${application.id}/letter`],
    ["az", `/az/apply/${application.id}`],
    ["en", `/en/applications/no-such-application`],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts[locale].notFound);
    await expect(page).toHaveTitle(`${texts[locale].notFound} · VEMTAS`);
  }
  expect(await db().auditLog.count({ where: { applicationId: application.id } })).toBe(0);
});

// The family's own application before its decision has no letter yet: the not-found page, titled so, with 404
// (not the letter's title over a "not found" heading with 200).
test("the letter of the family's own undecided application answers 404 with the not-found page", async ({ page }) => {
  const citizen = { ...uniqueCitizen(), locale: "az" as const };
  await signInCitizen(page, citizen);
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "INSPECTION_SCHEDULED",
  });
  const me = await db().user.findUniqueOrThrow({ where: { fin: citizen.fin } });
  await db().application.update({ where: { id: application.id }, data: { applicantId: me.id } });
  const response = await page.goto(`/az/applications/${application.id}/letter`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.az.notFound);
  await expect(page).toHaveTitle(`${texts.az.notFound} · VEMTAS`);
});

// A staff account that is not there: the not-found page, titled so (it was titled "Staff account" over a "not
// found" heading).
test("an unknown staff account answers with the not-found page and its title", async ({ page }) => {
  await signInStaff(page, "admin@vemtas.local", "az", /\/az\/admin$/);
  await page.goto("/az/admin/staff/x-does-not-exist");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.az.notFound);
  await expect(page).toHaveTitle(`${texts.az.notFound} · VEMTAS`);
});
