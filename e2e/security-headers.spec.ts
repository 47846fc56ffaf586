import { expect, test } from "@playwright/test";

// The e2e server is a production build (`next start`), so it sends what the real service sends.

test("a page carries a nonce policy, its scripts carry the nonce, and it still works with no violation", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/az/sign-in");
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["strict-transport-security"]).toContain("max-age=63072000");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Every script Next rendered is stamped with this response's nonce (the browser hides it from the attribute).
  const unstamped = await page
    .locator("script")
    .evaluateAll((all) => all.filter((s) => !(s as HTMLScriptElement).nonce).length);
  expect(unstamped).toBe(0);
  // Hydrated: the client-side language switch works.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  expect(violations).toEqual([]);
});

test("two loads of a page get two different nonces", async ({ request }) => {
  const a = (await request.get("/az")).headers()["content-security-policy"];
  const b = (await request.get("/az")).headers()["content-security-policy"];
  expect(a).toMatch(/'nonce-/);
  expect(a).not.toBe(b);
});

test("an API route and the letter PDF route answer with a no-content policy and HSTS", async ({ request }) => {
  for (const path of ["/api/health", "/api/applications/00000000-0000-4000-8000-000000000000/letter.pdf"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(headers["strict-transport-security"], path).toContain("max-age=63072000");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
});

test("the build's scripts carry nosniff and HSTS, and not the headers only a document reads", async ({ page }) => {
  const response = await page.goto("/az/sign-in");
  const pageHeaders = response?.headers() ?? {};
  for (const name of ["referrer-policy", "x-frame-options", "permissions-policy"])
    expect(pageHeaders[name], name).toBeTruthy();
  const scripts = await page.locator("script[src]").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const headers = (await page.request.get(src)).headers();
    expect(headers["x-content-type-options"], src).toBe("nosniff");
    expect(headers["strict-transport-security"], src).toContain("max-age=63072000");
    for (const name of ["referrer-policy", "x-frame-options", "permissions-policy"])
      expect(headers[name], `${src} ${name}`).toBeUndefined();
  }
});
