import { expect, test } from "@playwright/test";
import { signInStaff } from "./support/staff-cases";

// A visit with no session to a page that needs one is one HTTP redirect to the right sign-in page, in the page's
// language (src/lib/security/sign-in-gate.ts). It used to answer 200 with the redirect streamed in the page.

test("signed out, a page that needs a person answers one redirect to the right sign-in page", async ({ request }) => {
  const cases: [string, string][] = [
    ["/en/staff", "/en/staff/sign-in"],
    ["/az/staff/applications/someone", "/az/staff/sign-in"],
    ["/ru/admin", "/ru/staff/sign-in"],
    ["/en/reports", "/en/staff/sign-in"],
    ["/az/inspector", "/az/staff/sign-in"],
    ["/az/my", "/az/sign-in"],
    ["/en/applications/cmnotanid", "/en/sign-in?next=%2Fapplications%2Fcmnotanid"],
  ];
  for (const [path, signIn] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toBe(signIn);
  }
  for (const open of ["/en/sign-in", "/ru/staff/sign-in", "/az/staff/unlock", "/en"]) {
    expect((await request.get(open, { maxRedirects: 0 })).status(), open).toBe(200);
  }
});

test("signed in, the same address serves the page; signed out in the browser, it opens sign-in", async ({ page }) => {
  await page.goto("/ru/admin");
  await expect(page).toHaveURL(/\/ru\/staff\/sign-in$/);
  await expect(page.getByLabel("Пароль")).toBeVisible();

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  const served = await page.request.get("/en/staff", { maxRedirects: 0 });
  expect(served.status()).toBe(200);
  // Another role's page is still the page guard's to answer: a redirect to the caseworker's own home.
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/staff$/);
});
