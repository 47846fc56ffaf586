import { expect, test } from "@playwright/test";
import { addDays, bakuDate } from "@/kernel/calendar-date";
import { formatDottedDate } from "@/lib/i18n/date-input";
import ruErrors from "../src/messages/ru.json" with { type: "json" };
import { hashPassword } from "../src/server/services/auth/password";
import { e2eDbForFile, signInStaff, DEMO_PASSWORD } from "./support/staff-cases";

// The ministry's console: a law value changes only under four eyes, and a deactivated account stops working at
// its next click, not when its 8-hour session expires.

const db = e2eDbForFile();

/** A staff account of this run only, with the demo password, so tests never depend on each other's leftovers. */
async function account(role: "ADMIN" | "CASEWORKER", tag: string) {
  const email = `${tag}.${Date.now()}@vemtas.local`;
  await db().user.create({
    data: {
      email,
      name: `E2E ${tag}`,
      role,
      districtCode: role === "ADMIN" ? null : "BAK-NASIMI",
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
  return email;
}

/**
 * A day for a value no other run has taken (the e2e database lives as long as the server), within the ten years
 * ahead a value may be proposed for: a spread of some 3000 days from next year on.
 */
const freeDay = (salt: number) => addDays(bakuDate(new Date()), 400 + ((Date.now() + salt) % 3000));

test("an administrator proposes next year's need criterion in AZN and a second administrator confirms it", async ({
  page,
}) => {
  const second = await account("ADMIN", "admin2");
  const validFrom = freeDay(0);
  const year = validFrom.slice(0, 4);

  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  const form = page.getByTestId("propose-parameter");
  await form.getByLabel("Parameter").selectOption({ label: "Need criterion" });
  await form.getByLabel("New value (AZN)").fill("315.50");
  await form.getByLabel("In force from").fill(formatDottedDate(validFrom));
  await form.getByLabel("Number of the legal act").fill("Decision No. 512");
  await form.getByLabel("Date of the legal act").fill("20.11.2026");
  await form.getByRole("button", { name: "Propose" }).click();
  const pending = page
    .getByTestId("pending-proposals")
    .getByRole("listitem")
    .filter({ hasText: "Decision No. 512" })
    .filter({ hasText: String(year) });
  await expect(pending).toContainText("Need criterion: 315.50 AZN per person per month");
  await expect(pending).toContainText("Awaiting a second administrator's confirmation");
  // The recorded proposal leaves an empty form: pressing again sends nothing.
  await expect(form.getByLabel("New value (AZN)")).toHaveValue("");
  await expect(form.getByLabel("In force from")).toHaveValue("");
  await expect(form.getByLabel("Number of the legal act")).toHaveValue("");
  await expect(form.getByLabel("Date of the legal act")).toHaveValue("");
  expect(
    await db().parameter.count({ where: { code: "NEED_CRITERION", validFrom: new Date(`${validFrom}T00:00:00Z`) } }),
  ).toBe(0);

  await signInStaff(page, second, "en", /\/en\/admin$/);
  const toConfirm = page
    .getByTestId("pending-proposals")
    .getByRole("listitem")
    .filter({ hasText: String(year) })
    .filter({ hasText: "Decision No. 512" });
  // A consequential click asks again, naming what it confirms, and then says it is done.
  await toConfirm.getByRole("button", { name: "Confirm" }).click();
  await toConfirm.getByRole("button", { name: /^Yes, confirm 315\.50 AZN per person per month/ }).click();
  await expect(toConfirm).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Confirmed:" })).toContainText("Need criterion");
  await expect(
    page.getByTestId("parameters").getByRole("row").filter({ hasText: "Decision No. 512 (20.11.2026)" }).first(),
  ).toContainText("315.50 AZN per person per month");
  const row = await db().parameter.findFirstOrThrow({
    where: { code: "NEED_CRITERION", validFrom: new Date(`${validFrom}T00:00:00Z`) },
  });
  expect(row.value).toBe(31_550);
});

test("a value outside its range is refused beside it; a wrong proposal is withdrawn by its proposer or rejected by another, freeing its date", async ({
  page,
}) => {
  const second = await account("ADMIN", "admin2");
  const day = freeDay(1511);
  const year = day.slice(0, 4);
  const propose = async (azn: string, act: string) => {
    const form = page.getByTestId("propose-parameter");
    await form.getByLabel("Parameter").selectOption({ label: "Need criterion" });
    await form.getByLabel("New value (AZN)").fill(azn);
    await form.getByLabel("In force from").fill(formatDottedDate(day));
    await form.getByLabel("Number of the legal act").fill(act);
    await form.getByLabel("Date of the legal act").fill("20.11.2026");
    await form.getByRole("button", { name: "Propose" }).click();
    return form;
  };
  const pendingWith = (act: string) =>
    page
      .getByTestId("pending-proposals")
      .getByRole("listitem")
      .filter({ hasText: act })
      .filter({ hasText: String(year) });

  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  // 0 AZN would make no family low-income: refused beside the value, with the range, and nothing is recorded.
  const form = await propose("0", "Decision No. 0");
  await expect(form.getByLabel("New value (AZN)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("New value (AZN)")).toBeFocused();
  await expect(form.getByTestId("propose-errors")).toContainText("Enter a value from");
  expect(await db().parameterProposal.count({ where: { legalReference: { contains: "Decision No. 0 " } } })).toBe(0);

  // A typing error that is in range: recorded, then withdrawn by its proposer, and the right value goes in its place.
  await propose("3200", "Decision No. 3200");
  await pendingWith("Decision No. 3200").getByRole("button", { name: "Withdraw" }).click();
  // Cancelled, nothing happens and the cursor is back on the button; asked again and said yes, it is withdrawn.
  await pendingWith("Decision No. 3200").getByRole("button", { name: "No, keep it" }).click();
  await expect(pendingWith("Decision No. 3200").getByRole("button", { name: "Withdraw" })).toBeFocused();
  await page.keyboard.press("Enter");
  await pendingWith("Decision No. 3200").getByRole("button", { name: "Yes, withdraw the proposal" }).click();
  await expect(pendingWith("Decision No. 3200")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Proposal withdrawn" })).toBeFocused();
  await propose("320", "Decision No. 320");
  await expect(pendingWith("Decision No. 320")).toContainText("320.00 AZN");

  // Another administrator cannot withdraw it, but can reject it; the date is then free again.
  await signInStaff(page, second, "en", /\/en\/admin$/);
  await expect(pendingWith("Decision No. 320").getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  await pendingWith("Decision No. 320").getByRole("button", { name: "Reject" }).click();
  await pendingWith("Decision No. 320").getByRole("button", { name: "Yes, reject the proposal" }).click();
  await expect(pendingWith("Decision No. 320")).toHaveCount(0);
  expect(
    (
      await db().parameterProposal.findMany({
        where: { legalReference: { contains: "Decision No. 320" }, validFrom: new Date(`${day}T00:00:00Z`) },
      })
    )
      .map((p) => p.status)
      .sort(),
  ).toEqual(["REJECTED", "WITHDRAWN"]);
});

test("an act dated after the value's day or not yet adopted is refused beside its date; the act's date reads dd.mm.yyyy", async ({
  page,
}) => {
  // Days apart from the tests above: a pending proposal here takes no date from them.
  const validFrom = freeDay(743);
  const year = validFrom.slice(0, 4);
  const today = bakuDate(new Date());
  const whereProposal = { code: "NEED_CRITERION", validFrom: new Date(`${validFrom}T00:00:00Z`) };
  const before = await db().parameterProposal.count({ where: whereProposal });

  await signInStaff(page, "admin@vemtas.local", "ru", /\/ru\/admin$/);
  const form = page.getByTestId("propose-parameter");
  await form.getByLabel("Параметр").selectOption({ label: "Критерий нуждаемости" });
  await form.getByLabel("Новое значение (AZN)").fill("320,5");
  await form.getByLabel("Дата вступления в силу").fill(formatDottedDate(validFrom));
  await form.getByLabel("Номер правового акта").fill("123");
  const lawDate = form.getByLabel("Дата правового акта");
  const propose = form.getByRole("button", { name: "Предложить" });

  // As QA typed it: an act dated after the day its value takes effect.
  await lawDate.fill(formatDottedDate(addDays(validFrom, 1)));
  await propose.click();
  await expect(lawDate).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByTestId("field-error")).toHaveText(ruErrors.errors.lawDateAfterValidFrom);
  // Before the value's day, but not adopted yet (tomorrow in Baku).
  await lawDate.fill(formatDottedDate(addDays(today, 1)));
  await propose.click();
  await expect(form.getByTestId("field-error")).toHaveText(ruErrors.errors.lawDateFuture);
  expect(await db().parameterProposal.count({ where: whereProposal })).toBe(before);

  // Adopted today: accepted, and the pending list writes the act's date as the field does.
  await lawDate.fill(formatDottedDate(today));
  await propose.click();
  await expect(form.getByTestId("field-error")).toHaveCount(0);
  const pending = page
    .getByTestId("pending-proposals")
    .getByRole("listitem")
    .filter({ hasText: String(year) });
  await expect(pending.filter({ hasText: `123 (${formatDottedDate(today)})` })).toHaveCount(1);
  await expect(pending).not.toContainText(today);
});

test("a deactivated staff member's next request is refused", async ({ browser, page }) => {
  const caseworker = await account("CASEWORKER", "leaving");
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signInStaff(theirPage, caseworker, "en", /\/en\/staff$/);

  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  await page.getByTestId(`toggle-${caseworker}`).click();
  // Asked again by name, by keyboard: the yes button takes the cursor, and Enter deactivates.
  await expect(page.getByRole("button", { name: `Yes, deactivate E2E leaving` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("staff").getByRole("row").filter({ hasText: caseworker })).toContainText("Deactivated");
  await expect(page.getByRole("status").filter({ hasText: "E2E leaving" })).toContainText("can no longer sign in");

  // Their session cookie is still valid for hours; the account is what is checked.
  await theirPage.goto("/en/staff");
  await expect(theirPage).toHaveURL(/\/en\/staff\/sign-in/);
  await theirs.close();
});

test("the console reads the law's values in words that agree with them, and folds a long list of districts lacking staff", async ({
  page,
}) => {
  await signInStaff(page, "admin@vemtas.local", "ru", /\/ru\/admin$/);
  const law = page.getByRole("table").filter({ hasText: "Правовое основание" });
  await expect(law.getByRole("row").filter({ hasText: "Срок принятия решения" })).toContainText("15 рабочих дней");
  await expect(law.getByRole("row").filter({ hasText: "Предельный возраст студента" })).toContainText("23 года");
  // A pension age, stored in months, reads as an age: "63 года 6 месяцев", "65 лет", never "780 месяцев".
  const menPension = law.getByRole("row").filter({ hasText: "Пенсионный возраст мужчин" });
  await expect(menPension.filter({ hasText: "63 года 6 месяцев" })).toHaveCount(1);
  await expect(menPension.filter({ hasText: "65 лет" })).toHaveCount(1);
  await expect(menPension.filter({ hasText: "780" })).toHaveCount(0);
  // It is typed as an age too, in years and months, with an example inside its range.
  const form = page.getByTestId("propose-parameter");
  await form.getByLabel("Параметр").selectOption({ label: "Пенсионный возраст мужчин" });
  await expect(form.getByLabel("Новое значение (лет)")).toBeVisible();
  await expect(form.getByLabel("И месяцев (0–11)")).toBeVisible();
  await expect(form).toContainText("Допустимо: от 50 до 75; напр. 63.");
  // The demo has staff in six districts of some eighty: the list is folded under its count, in alphabetical order.
  const understaffed = page.getByTestId("understaffed");
  await expect(understaffed.getByRole("heading", { level: 2 })).toHaveText(/^В \d+ районах не хватает сотрудников$/);
  await expect(understaffed.getByRole("listitem").first()).toBeHidden();
  await understaffed.getByRole("heading", { level: 2 }).click();
  await expect(understaffed.getByRole("listitem").first()).toHaveText(/^Абшеронский район: /);
});

test("on a phone the console fits the screen, and a refused proposal keeps what the administrator typed", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  // The law, staff and holiday tables scroll in their own boxes instead of pushing the page sideways.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

  const form = page.getByTestId("propose-parameter");
  await form.getByLabel("Parameter").selectOption({ label: "Need criterion" });
  await form.getByRole("button", { name: "Propose" }).click();
  // Every empty field at once, each named in the summary and marked beside itself; the cursor goes to the first.
  const problems = form.getByTestId("propose-errors");
  await expect(problems.getByRole("listitem")).toHaveText([
    "New value (AZN): Please fill in this field.",
    "In force from: Please fill in this field.",
    "Number of the legal act: Please fill in this field.",
    "Date of the legal act: Please fill in this field.",
  ]);
  await expect(form.getByTestId("field-error")).toHaveCount(4);
  await expect(form.getByLabel("New value (AZN)")).toBeFocused();
  // The summary stands above the fields and the button, as on the other staff forms, so it is in sight beside the
  // field that has the cursor; below the button it was out of sight.
  await expect(problems).toBeInViewport();
  const [summaryBox, fieldBox, buttonBox] = await Promise.all([
    problems.boundingBox(),
    form.getByLabel("Parameter").boundingBox(),
    form.getByRole("button", { name: "Propose" }).boundingBox(),
  ]);
  expect(summaryBox?.y ?? Infinity).toBeLessThan(fieldBox?.y ?? -Infinity);
  expect(summaryBox?.y ?? Infinity).toBeLessThan(buttonBox?.y ?? -Infinity);

  await form.getByLabel("New value (AZN)").fill("abc");
  await form.getByLabel("In force from").fill("01.01.2031");
  await form.getByLabel("Number of the legal act").fill("123-VIIQ");
  await form.getByLabel("Date of the legal act").fill("20.11.2026");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(problems.getByRole("listitem")).toHaveText([
    "New value (AZN): Enter the value as a number, e.g. 315 or 315.50.",
  ]);
  await expect(form.getByLabel("New value (AZN)")).toBeFocused();
  await expect(form.getByLabel("New value (AZN)")).toHaveValue("abc");
  await expect(form.getByLabel("Number of the legal act")).toHaveValue("123-VIIQ");
  // In az and ru the hint writes the decimal as the field takes it, with a comma.
  await page.goto("/ru/admin");
  const ru = page.getByTestId("propose-parameter");
  await ru.getByLabel("Параметр").selectOption({ label: "Критерий нуждаемости" });
  await ru.getByLabel("Новое значение (AZN)").fill("abc");
  await ru.getByLabel("Дата вступления в силу").fill("01.01.2031");
  await ru.getByLabel("Номер правового акта").fill("123-VIIQ");
  await ru.getByLabel("Дата правового акта").fill("20.11.2026");
  await ru.getByRole("button", { name: "Предложить" }).click();
  await expect(ru.getByTestId("propose-errors")).toContainText(
    "Новое значение (AZN): Введите значение числом, напр. 315 или 315,50.",
  );
});
