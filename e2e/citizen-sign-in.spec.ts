import { expect, test } from "@playwright/test";
import { messagesTo, signInCodeFor } from "./support/messaging-inbox";
import az from "../src/messages/az.json" with { type: "json" };
import en from "../src/messages/en.json" with { type: "json" };
import ru from "../src/messages/ru.json" with { type: "json" };
import { holdScripts } from "./support/hold-scripts";
import { e164, enterCode, signInCitizen } from "./support/sign-in-citizen";
import { uniqueCitizen } from "./support/unique-citizen";

test("a citizen signs in with their FIN and the code sent by SMS, and sees their own page", async ({ page }) => {
  await signInCitizen(page, { fin: "7QWE3RT", phone: "050 700 11 22" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Müraciətlərim");
  await expect(page.getByTestId("signed-in-as")).toContainText("Vətəndaş");
});

test("the SMS with the code is in the citizen's language", async ({ page }) => {
  await signInCitizen(page, { fin: "7QWE3RU", phone: "+994 55 700 11 23", locale: "ru" });
  const sms = (await messagesTo("+994557001123")).at(-1);
  expect(sms?.text).toMatch(/код/i);
});

test("a wrong code is refused with a message and the citizen stays signed out; the third wrong try burns it", async ({
  page,
}) => {
  const phone = "070 700 11 24";
  const before = (await messagesTo(e164(phone))).length;
  await page.goto("/en/sign-in");
  await page.getByLabel("FIN (personal identification number)").fill("7QWE3RV");
  await page.getByLabel("Mobile number").fill(phone);
  await page.getByRole("button", { name: "Send code" }).click();
  const code = await signInCodeFor(e164(phone), before);
  const wrong = code === "000000" ? "111111" : "000000";
  const alert = page.getByRole("main").getByRole("alert");

  for (const expected of ["2 tries left", "1 try left", "entered wrongly three times"]) {
    await page.getByLabel("Code from the SMS").fill(wrong);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(alert).toContainText(expected);
  }
  // The right code now: it still says the code was burned by wrong tries and a new one is needed, not "expired".
  await page.getByLabel("Code from the SMS").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(alert).toHaveText(en.errors.codeBurned);
  await page.goto("/en/my");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});

test("on a phone that loses its signal the sign-in form stays, says so, and signs in once the signal is back", async ({
  page,
  context,
}) => {
  const phone = "050 700 11 29";
  const before = (await messagesTo(e164(phone))).length;
  await page.goto("/ru/sign-in");
  await page.locator("#fin").fill("7QWE3RZ");
  await page.locator("#phone").fill(phone);
  await context.setOffline(true);
  await page.getByRole("button", { name: ru.signIn.sendCode }).click();
  await expect(page.getByTestId("code-waiting-for-connection")).toHaveText(ru.errors.codeWaitsForConnection);
  // Back online, the request goes by itself.
  await context.setOffline(false);
  const code = await signInCodeFor(e164(phone), before);

  await page.getByLabel(ru.signIn.code).fill(code);
  await context.setOffline(true);
  await page.getByRole("button", { name: ru.signIn.verify, exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(ru.errors.noConnection);
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  await expect(page.getByLabel(ru.signIn.code)).toHaveValue(code);

  await context.setOffline(false);
  await page.getByRole("button", { name: ru.signIn.verify, exact: true }).click();
  await page.waitForURL(/\/ru\/my$/);
});

test("a wrong code says in Russian how many tries are left, in the number the count needs", async ({ page }) => {
  const citizen = uniqueCitizen();
  const before = (await messagesTo(citizen.phone)).length;
  await page.goto("/ru/sign-in");
  await page.locator("#fin").fill(citizen.fin);
  await page.locator("#phone").fill(citizen.phoneLocal);
  await page.getByRole("button", { name: ru.signIn.sendCode }).click();
  const code = await signInCodeFor(citizen.phone, before);
  const wrong = code === "000000" ? "111111" : "000000";
  for (const left of ["осталось 2 попытки", "осталась 1 попытка"]) {
    await page.getByLabel(ru.signIn.code).fill(wrong);
    await page.getByRole("button", { name: ru.signIn.verify, exact: true }).click();
    await expect(page.locator("#code-error")).toContainText(left);
  }
});

test("on a slow network, what is typed before the scripts arrive stays, the button waits and says so, and nothing goes in an address", async ({
  page,
}) => {
  const citizen = uniqueCitizen();
  const before = (await messagesTo(citizen.phone)).length;
  const scripts = await holdScripts(page);
  await page.goto("/ru/sign-in", { waitUntil: "domcontentloaded" });
  const form = page.locator("form").filter({ has: page.locator("#fin") });
  const send = page.getByRole("button", { name: ru.signIn.sendCode });
  await page.locator("#fin").fill(citizen.fin);
  await page.locator("#phone").fill(citizen.phoneLocal);
  // Before hydration the press can only be the browser's own: the button is off, and the page says it is loading.
  await expect(send).toBeDisabled();
  await expect(form.getByTestId("page-still-loading")).toHaveText(ru.common.pageStillLoading);
  await send.click({ force: true });
  await page.locator("#phone").press("Enter");
  expect(scripts.navigations).toEqual(["GET /ru/sign-in"]);

  scripts.release();
  await expect(send).toBeEnabled();
  await expect(form.getByTestId("page-still-loading")).toHaveCount(0);
  await expect(page.locator("#fin")).toHaveValue(citizen.fin);
  await expect(page.locator("#phone")).toHaveValue(citizen.phoneLocal);
  expect(scripts.navigations).toEqual(["GET /ru/sign-in"]);
  await send.click();
  // The typed FIN and number went in the request (not the address): the code came to that phone.
  const code = await signInCodeFor(citizen.phone, before);
  await page.getByLabel(ru.signIn.code).fill(code);
  await page.getByRole("button", { name: ru.signIn.verify, exact: true }).click();
  await page.waitForURL(/\/ru\/my$/);
  expect(scripts.navigations.filter((n) => n.includes("?"))).toEqual([]);
  expect(scripts.navigations.join(" ")).not.toContain(citizen.fin);
});

test("an empty or wrong form names every problem at once and puts the cursor on the first", async ({ page }) => {
  await page.goto("/az/sign-in");
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("#fin-error")).toHaveText(az.errors.finFormat);
  await expect(page.locator("#phone-error")).toHaveText(az.errors.phoneFormat);
  await expect(page.locator("#fin")).toBeFocused();

  await page.locator("#fin").fill("7QWE3RX");
  await page.locator("#phone").fill("012 123");
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("#fin-error")).toHaveCount(0);
  await expect(page.locator("#phone")).toBeFocused();
});

test("knowing a citizen's FIN is not enough: a code goes only to the number that FIN signed in with", async ({
  page,
}) => {
  const holder = uniqueCitizen();
  await signInCitizen(page, holder);
  await page.context().clearCookies();

  const intruder = uniqueCitizen();
  await page.goto("/az/sign-in");
  await page.locator("#fin").fill(holder.fin);
  await page.locator("#phone").fill(intruder.phoneLocal);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("#phone-error")).toHaveText(az.errors.phoneNotOnFile);
  await expect(page.locator("#code")).toHaveCount(0);
  expect(await messagesTo(intruder.phone)).toHaveLength(0);

  // The holder still signs in with their own number.
  await signInCitizen(page, holder);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(az.my.title);
});

test("a citizen cannot open staff pages", async ({ page }) => {
  await signInCitizen(page, { fin: "7QWE3RW", phone: "099 700 11 25", locale: "en" });
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/my$/);
});

test("a link to the family's own page (as in its e-mails) leads through sign-in back to that page, and nowhere else", async ({
  page,
}) => {
  const citizen = uniqueCitizen();
  await signInCitizen(page, citizen);
  await page.getByRole("button", { name: az.my.start }).click();
  await page.waitForURL(/\/az\/apply\/[^/]+$/);
  const applicationId = page.url().split("/").at(-1) ?? "";

  await page.context().clearCookies();
  await page.goto(`/az/apply/${applicationId}`);
  await expect(page).toHaveURL(new RegExp(`/az/sign-in\\?next=%2Fapply%2F${applicationId}$`));
  await enterCode(page, citizen);
  await page.waitForURL(new RegExp(`/az/apply/${applicationId}$`));

  // A crafted link cannot send the citizen off the site: it lands on their own page.
  await page.context().clearCookies();
  await page.goto("/az/sign-in?next=%2F%2Fevil.example%2Fapplications%2Fx");
  await enterCode(page, citizen);
  await page.waitForURL(/\/az\/my$/);
});

test("on a 360 px phone the masked number stays on one line, and a new code is said to have gone, up to the hourly limit", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const citizen = uniqueCitizen();
  const masked = `+994 ** *** ** ${citizen.phone.slice(-2)}`;
  const sentTo = page.getByTestId("code-sent-to");
  let before = (await messagesTo(citizen.phone)).length;
  await page.goto("/ru/sign-in");
  await page.locator("#fin").fill(citizen.fin);
  await page.locator("#phone").fill(citizen.phoneLocal);
  await page.locator("form button[type=submit]").click();
  await expect(sentTo).toHaveText(ru.signIn.codeSentTo.replace("{phone}", masked));
  await expect(sentTo).toHaveAttribute("role", "status");
  // One box for the number: broken at a space it would be two, one per line.
  const number = sentTo.locator("[data-unbroken]");
  await expect(number).toHaveText(masked);
  expect(await number.evaluate((el) => el.getClientRects().length)).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await signInCodeFor(citizen.phone, before);

  // Codes 2 to 5 of the hour: each press says a new code went, with the time it went (Baku time), so that the
  // status line's text changes at every press and a screen reader announces it again. The page's clock is fixed
  // a second further at each press: even presses within one second would change the line.
  for (let press = 2; press <= 5; press += 1) {
    await page.clock.setFixedTime(new Date(`2026-12-07T10:00:0${press}Z`));
    before = (await messagesTo(citizen.phone)).length;
    await page.getByRole("button", { name: ru.signIn.resend }).click();
    await signInCodeFor(citizen.phone, before);
    await expect(sentTo).toHaveText(
      ru.signIn.codeResentTo.replace("{phone}", masked).replace("{time}", `14:00:0${press}`),
    );
  }
  const code = await signInCodeFor(citizen.phone, before);
  // The sixth is refused, and said so under the code field (the FIN and phone fields are not on this step).
  await page.getByRole("button", { name: ru.signIn.resend }).click();
  await expect(page.locator("#code-error")).toHaveText(ru.errors.codeRateLimited);

  await page.getByLabel(ru.signIn.code).fill(code);
  await page.getByRole("button", { name: ru.signIn.verify, exact: true }).click();
  await page.waitForURL(/\/ru\/my$/);
});
