import { expect, test } from "@playwright/test";
import { messagesTo, signInCodeFor } from "./support/messaging-inbox";
import { e164, signInCitizen } from "./support/sign-in-citizen";

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

test("a wrong code is refused with a message and the citizen stays signed out; the third wrong try burns it", async ({ page }) => {
  const phone = "070 700 11 24";
  const before = (await messagesTo(e164(phone))).length;
  await page.goto("/en/sign-in");
  await page.getByLabel("FIN (personal identification number)").fill("7QWE3RV");
  await page.getByLabel("Mobile number").fill(phone);
  await page.getByRole("button", { name: "Send code" }).click();
  const code = await signInCodeFor(e164(phone), before);
  const wrong = code === "000000" ? "111111" : "000000";
  const alert = page.getByRole("main").getByRole("alert");

  for (const expected of ["The code is not correct.", "The code is not correct.", "entered wrongly three times"]) {
    await page.getByLabel("Code from the SMS").fill(wrong);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(alert).toContainText(expected);
  }
  await page.getByLabel("Code from the SMS").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(alert).toContainText("expired or was replaced");
  await page.goto("/en/my");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});

test("a citizen cannot open staff pages", async ({ page }) => {
  await signInCitizen(page, { fin: "7QWE3RW", phone: "099 700 11 25", locale: "en" });
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/my$/);
});
