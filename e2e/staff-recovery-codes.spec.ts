import { expect, test, type Page } from "@playwright/test";
import { base32Decode, totpCode } from "@/server/services/auth/totp";

// A supervisor with two-step sign-in makes a new set of recovery codes from the two-factor page: a wrong code is
// refused in the page's language, a current code gives ten new codes, and an old code no longer signs in while a
// new one does. An account no other spec signs in with.

const PASSWORD = "vemtas-demo-2026";
const EMAIL = "supervisor.lankaran@vemtas.local";
const codeInvalid = "The code is not correct or was already used.";

async function signIn(page: Page, code?: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (code === undefined) return;
  const codeField = page.getByLabel("Code from the authenticator app (or a recovery code)");
  await expect(codeField).toBeVisible();
  await codeField.fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a supervisor replaces the recovery codes after a current code; the old ones stop working", async ({ page }) => {
  await signIn(page);
  const twoFactor = page.getByRole("link", { name: "Two-step sign-in" });
  await expect(twoFactor).toBeVisible({ timeout: 60_000 });
  await twoFactor.click();
  await page.getByRole("button", { name: "Set up the authenticator app" }).click();
  const key = base32Decode((await page.getByTestId("totp-secret").getAttribute("data-secret")) ?? "") as Buffer;
  await page.getByLabel("The 6-digit code the app shows now").fill(totpCode(key, new Date()));
  await page.getByRole("button", { name: "Confirm" }).click();
  // allTextContents does not wait: the codes appear once the server has answered.
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const oldCodes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(oldCodes).toHaveLength(10);

  // The page speaks the visitor's language: the same form in Russian.
  await page.goto("/ru/staff/two-factor");
  await expect(page.getByRole("heading", { name: "Новые резервные коды" })).toBeVisible();

  await page.goto("/en/staff/two-factor");
  const codeField = page.getByLabel("The 6-digit code the app shows now (or one of your recovery codes)");
  const submit = page.getByRole("button", { name: "Make new recovery codes" });
  await codeField.fill("zzzz-zzzz-zzzz");
  await submit.click();
  await expect(page.getByText(codeInvalid)).toBeVisible();
  // The confirming code's step is spent: the code the app shows half a minute later.
  await codeField.fill(totpCode(key, new Date(Date.now() + 30_000)));
  await submit.click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "New recovery codes are ready. The old ones no longer work.",
  );
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const newCodes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(newCodes).toHaveLength(10);
  expect(newCodes.filter((c) => oldCodes.includes(c))).toEqual([]);
  await expect(page.getByRole("button", { name: "Print the codes" })).toBeVisible();

  await signIn(page, oldCodes[0]);
  await expect(page.getByText(codeInvalid)).toBeVisible();
  await signIn(page, newCodes[0]);
  await expect(page.getByRole("link", { name: "Two-step sign-in" })).toBeVisible({ timeout: 60_000 });
});
