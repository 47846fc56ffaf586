import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import az from "../src/messages/az.json" with { type: "json" };
import en from "../src/messages/en.json" with { type: "json" };
import ru from "../src/messages/ru.json" with { type: "json" };
import adminAz from "../src/messages/administration/az.json" with { type: "json" };
import adminRu from "../src/messages/administration/ru.json" with { type: "json" };
import securityEn from "../src/messages/security/en.json" with { type: "json" };
import { holdScripts } from "./support/hold-scripts";
import { e2eDbForFile } from "./support/staff-cases";

const db = e2eDbForFile();

const PASSWORD = "vemtas-demo-2026";

test("a caseworker signs in with e-mail and password and lands on their district's applications", async ({ page }) => {
  await page.goto("/az/staff/sign-in");
  await page.getByLabel("E-poçt").fill("caseworker.nasimi@vemtas.local");
  await page.getByLabel("Şifrə").fill(PASSWORD);
  await page.getByRole("button", { name: "Daxil olun" }).click();
  await expect(page).toHaveURL(/\/az\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nəsimi");
  await expect(page.getByTestId("signed-in-as")).toContainText("İşçi");
});

test("each staff role lands on its own home", async ({ page }) => {
  for (const [email, path] of [
    ["inspector1.nasimi@vemtas.local", /\/en\/inspector$/],
    ["admin@vemtas.local", /\/en\/admin$/],
  ] as const) {
    await page.context().clearCookies();
    await page.goto("/en/staff/sign-in");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(path);
  }
});

test("a wrong password is refused with a message in the page's language, and nobody is signed in", async ({ page }) => {
  await page.goto("/ru/staff/sign-in");
  await page.getByLabel("Электронная почта").fill("caseworker.nasimi@vemtas.local");
  await page.getByLabel("Пароль").fill("not-the-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Неверный адрес электронной почты или пароль.");
  await page.goto("/ru/staff");
  await expect(page).toHaveURL(/\/ru\/staff\/sign-in$/);
});

test("an unknown e-mail gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail").fill("nobody@vemtas.local");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail or password is not correct.");
});

test("offline at the press, the typed e-mail and password stay with a 'no connection' message; back online the same press signs in", async ({
  page,
  context,
}) => {
  await page.goto("/ru/staff/sign-in");
  await page.getByLabel(ru.staffSignIn.email).fill("caseworker.nasimi@vemtas.local");
  await page.getByLabel(ru.staffSignIn.password).fill(PASSWORD);
  await context.setOffline(true);
  await page.getByRole("button", { name: ru.staffSignIn.submit }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(ru.errors.noConnection);
  await expect(page).toHaveURL(/\/ru\/staff\/sign-in$/);
  await expect(page.getByLabel(ru.staffSignIn.email)).toHaveValue("caseworker.nasimi@vemtas.local");
  await expect(page.getByLabel(ru.staffSignIn.password)).toHaveValue(PASSWORD);

  await context.setOffline(false);
  await page.getByRole("button", { name: ru.staffSignIn.submit }).click();
  await expect(page).toHaveURL(/\/ru\/staff$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(ru.common.roles.CASEWORKER);
});

test("on a slow network the e-mail and password typed before the scripts arrive stay, and the button waits and says so", async ({
  page,
}) => {
  const scripts = await holdScripts(page);
  await page.goto("/en/staff/sign-in", { waitUntil: "domcontentloaded" });
  const submit = page.getByRole("button", { name: en.staffSignIn.submit });
  await page.getByLabel(en.staffSignIn.email).fill("caseworker.nasimi@vemtas.local");
  await page.getByLabel(en.staffSignIn.password).fill(PASSWORD);
  await expect(submit).toBeDisabled();
  await expect(page.getByTestId("page-still-loading")).toHaveText(en.common.pageStillLoading);
  await submit.click({ force: true });
  await page.getByLabel(en.staffSignIn.password).press("Enter");

  scripts.release();
  await expect(submit).toBeEnabled();
  await expect(page.getByLabel(en.staffSignIn.email)).toHaveValue("caseworker.nasimi@vemtas.local");
  await expect(page.getByLabel(en.staffSignIn.password)).toHaveValue(PASSWORD);
  // No native submit went out: the page was asked for once, and no password ever stood in an address.
  expect(scripts.navigations).toEqual(["GET /en/staff/sign-in"]);
  await submit.click();
  await expect(page).toHaveURL(/\/en\/staff$/);
  expect(scripts.navigations.join(" ")).not.toContain(PASSWORD);
});

test("the other forms reachable before the scripts arrive (forgotten password, new password, unlock) wait alike", async ({
  page,
}) => {
  // The set-password page shows its form only for a working link (it reads the link first): one, for a caseworker.
  const token = randomBytes(32).toString("base64url");
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  await db().passwordToken.create({
    data: {
      userId: caseworker.id,
      purpose: "RESET",
      tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
      expiresAt: new Date(Date.now() + 60 * 60_000),
    },
  });
  const pages = [
    { path: "/az/staff/sign-in/forgot", button: adminAz.staffPassword.send, loading: az.common.pageStillLoading },
    {
      path: `/ru/staff/password?token=${token}`,
      button: adminRu.staffPassword.submit,
      loading: ru.common.pageStillLoading,
    },
    {
      path: `/en/staff/unlock#${"u".repeat(32)}`,
      button: securityEn.staffSecurity.unlockButton,
      loading: en.common.pageStillLoading,
    },
  ];
  for (const { path, button, loading } of pages) {
    const scripts = await holdScripts(page);
    await page.goto(path, { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("button", { name: button })).toBeDisabled();
    await expect(page.getByTestId("page-still-loading")).toHaveText(loading);
    scripts.release();
    await expect(page.getByRole("button", { name: button })).toBeEnabled();
    await expect(page.getByTestId("page-still-loading")).toHaveCount(0);
    await page.unrouteAll({ behavior: "ignoreErrors" });
  }
});
