import { expect, test } from "@playwright/test";
import az from "../src/messages/az.json" with { type: "json" };
import en from "../src/messages/en.json" with { type: "json" };
import ru from "../src/messages/ru.json" with { type: "json" };
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile } from "./support/staff-cases";
import { uniqueCitizen } from "./support/unique-citizen";

// Sign-in through the e-government identity service, here its local stand-in (tools/fakes/egov-idp.ts), which
// speaks OpenID Connect: Auth.js's real code runs the flow (PKCE, state, nonce, the signed ID token).

const db = e2eDbForFile();

test("a citizen signs in with e-Gov, with no code to type, and lands on their applications", async ({ page }) => {
  const { fin } = uniqueCitizen();
  await page.context().clearCookies();
  await page.goto("/az/sign-in");
  await expectNoSeriousAxeViolations(page, "sign-in with e-Gov and by SMS code");
  await page.getByRole("button", { name: "e-Gov ilə daxil olun" }).click();

  // At the identity service: it proves the person's FIN (the stand-in just asks for it).
  await expect(page).toHaveURL(/\/authorize\?/);
  await page.getByLabel("FIN").fill(fin.toLowerCase());
  await page.getByLabel("Full name").fill("Əliyeva Leyla");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/az\/my$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("Əliyeva Leyla");
  expect(await db().user.findUnique({ where: { fin }, select: { role: true, name: true } })).toEqual({
    role: "CITIZEN",
    name: "Əliyeva Leyla",
  });
});

test("a citizen who cancels at e-Gov comes back to the sign-in page, told so, with the SMS code still offered", async ({
  page,
}) => {
  await page.context().clearCookies();
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: "Sign in with e-Gov" }).click();
  await expect(page).toHaveURL(/\/authorize\?/);
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The e-Gov sign-in did not complete. Try again, or sign in with a code by SMS.",
  );
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("an Auth.js error lands on the app's own page in the reader's language, in plain words, with the way back", async ({
  page,
}) => {
  await page.context().clearCookies();
  // The reader was on the Russian pages (the language cookie says so, whatever the browser's language).
  await page.goto("/ru/sign-in");
  await page.goto("/api/auth/error?error=Configuration");
  await expect(page).toHaveURL(/\/ru\/sign-in\/error\?error=Configuration$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.signIn.errorTitle);
  await expect(page.getByTestId("sign-in-error")).toHaveText(ru.signIn.errorConfiguration);
  await expect(page.getByText("Server error")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, "the sign-in error page");
  await page.getByRole("link", { name: ru.signIn.errorBack }).click();
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  await expect(page.getByRole("button", { name: ru.signIn.sendCode })).toBeVisible();
});

test("an e-Gov sign-in that cannot be completed on the server's side ends on that page, not on Auth.js's", async ({
  page,
}) => {
  await page.context().clearCookies();
  await page.goto("/az/sign-in");
  await page.getByRole("button", { name: az.signIn.egov }).click();
  await expect(page).toHaveURL(/\/authorize\?/);
  await page.getByLabel("FIN").fill(uniqueCitizen().fin);
  await page.getByLabel("Full name").fill("Əliyev Elçin");
  // The browser comes back without the sign-in's checks (PKCE, state), as on another host name: Auth.js can only
  // answer with an error, here `Configuration`.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Sign in" }).click();
  // With its cookies gone, the language is the browser's (English here): the page says so in its words.
  await expect(page).toHaveURL(/\/en\/sign-in\/error\?error=Configuration$/);
  await expect(page.getByTestId("sign-in-error")).toHaveText(en.signIn.errorConfiguration);
  await expect(page.getByRole("link", { name: en.signIn.errorBack })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});
