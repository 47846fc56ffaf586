import { expect, test, type Page } from "@playwright/test";
import { base32Decode, totpCode } from "@/server/services/auth/totp";
import { waitForMessage } from "./support/messaging-inbox";

// Staff sign-in hardening in the browser: a caseworker turns on two-step sign-in and signs in with a code computed
// here from the secret the page shows (as the phone's app would), then once with a recovery code; another account
// is locked by wrong passwords and unlocked once by the link in the e-mail. Accounts no other spec signs in with.

const PASSWORD = "vemtas-demo-2026";

async function signIn(page: Page, email: string, password: string, code?: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (code === undefined) return;
  const codeField = page.getByLabel("Code from the authenticator app (or a recovery code)");
  await expect(codeField).toBeVisible();
  await codeField.fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a caseworker turns on two-step sign-in, then signs in with the app's code and once with a recovery code", async ({
  page,
}) => {
  const email = "caseworker.lankaran@vemtas.local";
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/en\/staff$/, { timeout: 60_000 });

  await page.getByRole("link", { name: "Two-step sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two-step sign-in");
  await page.getByRole("button", { name: "Set up the authenticator app" }).click();
  const secret = (await page.getByTestId("totp-secret").getAttribute("data-secret")) ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("link", { name: /^otpauth:\/\/totp\// })).toBeVisible();
  // The QR code is inline SVG with its alt text, drawn under the page's CSP (no inline script, no image request).
  await expect(page.getByRole("img", { name: /QR code to set up the authenticator app/ })).toBeVisible();
  const key = base32Decode(secret) as Buffer;
  // No code, or letters: told what is expected beside the field, which takes the cursor (not "some of the
  // information is not valid").
  const codeField = page.getByLabel("The 6-digit code the app shows now");
  for (const typed of ["", "abcdef"]) {
    await codeField.fill(typed);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(codeField).toHaveAttribute("aria-invalid", "true");
    await expect(codeField).toHaveAccessibleDescription("Enter the 6-digit code your authenticator app shows.");
    await expect(codeField).toBeFocused();
  }
  await codeField.fill(totpCode(key, new Date()));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Two-step sign-in is on. From now on each sign-in asks for a code.",
  );
  const recoveryCodes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);

  // The password alone is no longer enough: the form asks for the code, and a wrong one is refused.
  await signIn(page, email, PASSWORD, "000000" === totpCode(key, new Date()) ? "111111" : "000000");
  await expect(page.getByText("The code is not correct or was already used.")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
  // The next time step's code (the confirming code's step is spent): what the app shows half a minute later.
  await signIn(page, email, PASSWORD, totpCode(key, new Date(Date.now() + 30_000)));
  await expect(page).toHaveURL(/\/en\/staff$/, { timeout: 60_000 });

  await signIn(page, email, PASSWORD, recoveryCodes[0]);
  await expect(page).toHaveURL(/\/en\/staff$/, { timeout: 60_000 });
  await signIn(page, email, PASSWORD, recoveryCodes[0]);
  await expect(page.getByText("The code is not correct or was already used.")).toBeVisible();
});

test("five wrong passwords lock an account; the e-mailed link unlocks it once", async ({ page }) => {
  const email = "caseworker.shaki@vemtas.local";
  const locked =
    "This account is locked after too many failed sign-in attempts. Use the unlock link sent to its e-mail, then sign in again.";
  for (let i = 0; i < 4; i++) {
    await signIn(page, email, "not-the-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail or password is not correct.");
  }
  await signIn(page, email, "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(locked);
  // Even the right password is refused now.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(locked);

  const mail = await waitForMessage(email, (m) => m.channel === "email" && m.text.includes("/staff/unlock#"));
  const link = /https?:\/\/\S+\/staff\/unlock#\S+/.exec(mail.text)?.[0] ?? "";
  // The link is in the account's language (Azerbaijani); the test reads the page in English.
  const { hash } = new URL(link);
  expect(new URL(link).pathname).toBe("/az/staff/unlock");
  const pathname = "/en/staff/unlock";
  await page.goto(`${pathname}${hash}`);
  await page.getByRole("button", { name: "Unlock the account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("The account is unlocked. You can sign in now.");

  // The link works once.
  await page.goto(`${pathname}${hash}`);
  await page.reload();
  await page.getByRole("button", { name: "Unlock the account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This unlock link is not valid: it was already used or has expired. Sign in again to get a new one.",
  );

  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/en\/staff$/, { timeout: 60_000 });
});
