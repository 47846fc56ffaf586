import { expect, test } from "@playwright/test";

const pages = ["/", "/sign-in", "/staff/sign-in"];
const headings = {
  az: ["Ünvanlı sosial yardım üçün telefonunuzdan müraciət edin", "Daxil olun", "İşçilər üçün giriş"],
  ru: ["Подайте заявление на адресную социальную помощь с телефона", "Вход", "Вход для сотрудников"],
  en: ["Apply for targeted social assistance from your phone", "Sign in", "Staff sign-in"],
} as const;

test.describe("a browser in a language we don't offer", () => {
  test.use({ locale: "de-DE" });
  test("opens the root in Azerbaijani, the default", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/az$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "az");
  });
});

test.describe("a browser set to Russian", () => {
  test.use({ locale: "ru-RU" });
  test("opens the root in Russian", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
  });
});

// What the browser's tab, its history and a screen reader on arrival say: the page, then the service.
const tabTitles = {
  az: ["Ünvanlı dövlət sosial yardımı onlayn", "Daxil olun", "İşçilər üçün giriş", "Səhifə tapılmadı"],
  ru: ["Адресная государственная социальная помощь онлайн", "Вход", "Вход для сотрудников", "Страница не найдена"],
  en: ["Targeted state social assistance, online", "Sign in", "Staff sign-in", "Page not found"],
} as const;

for (const [locale, titles] of Object.entries(headings)) {
  test(`every public page is translated into ${locale}`, async ({ page }) => {
    const tabs = tabTitles[locale as keyof typeof tabTitles];
    for (const [i, path] of [...pages, "/no-such-page"].entries()) {
      await page.goto(`/${locale}${path === "/" ? "" : path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page).toHaveTitle(`${tabs[i] ?? ""} · VEMTAS`);
      if (titles[i]) await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[i]);
    }
  });
}

test("the switcher on a page keeps the page and changes the language", async ({ page }) => {
  await page.goto("/az/sign-in");
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByLabel("FIN (personal identification number)")).toBeVisible();
});

test("a malformed FIN or phone is refused in the user's language before any code is sent", async ({ page }) => {
  await page.goto("/ru/sign-in");
  await page.getByLabel("ФИН (персональный идентификационный номер)").fill("12AB");
  await page.getByLabel("Номер мобильного телефона").fill("050 123 45 67");
  await page.getByRole("button", { name: "Отправить код" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/ФИН состоит из 7 символов/);
  await page.getByLabel("ФИН (персональный идентификационный номер)").fill("5ABC7D2");
  await page.getByLabel("Номер мобильного телефона").fill("012 123 45 67");
  await page.getByRole("button", { name: "Отправить код" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/азербайджанский мобильный номер/);
});
