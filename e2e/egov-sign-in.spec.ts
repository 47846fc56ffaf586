import { expect, test } from "@playwright/test";
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
