import type { Browser, BrowserContext } from "@playwright/test";
import { measureFirstLoad, type FirstLoad } from "./first-load";

// The staff console's pages and who opens them, for measuring their first load (e2e/staff-pages-weight.spec.ts and
// bench/staff-pages-load.ts). No Playwright test imports: the benchmark uses this too.

export const STAFF_PAGES: { who: "supervisor" | "admin"; path: string }[] = [
  { who: "supervisor", path: "/en/staff" },
  { who: "supervisor", path: "/en/reports" },
  { who: "supervisor", path: "/en/audit" },
  { who: "admin", path: "/en/admin" },
  { who: "admin", path: "/en/reports" },
  { who: "admin", path: "/en/admin/what-if" },
];

export const STAFF_ACCOUNTS = { supervisor: "supervisor.nasimi@vemtas.local", admin: "admin@vemtas.local" } as const;

/** Signs in through the real form in a new context and returns it (its cookies are the session). */
export async function staffContext(
  browser: Browser,
  base: string,
  email: string,
  password: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, locale: "en" });
  const page = await context.newPage();
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { timeout: 60_000 });
  await page.close();
  return context;
}

/** Each staff page's first load, cache disabled, in a fresh page of its role's signed-in context. */
export async function measureStaffPages(
  browser: Browser,
  base: string,
  password: string,
  opts: { throttle?: boolean } = {},
): Promise<{ who: string; path: string; load: FirstLoad }[]> {
  const contexts = {
    supervisor: await staffContext(browser, base, STAFF_ACCOUNTS.supervisor, password),
    admin: await staffContext(browser, base, STAFF_ACCOUNTS.admin, password),
  };
  const out: { who: string; path: string; load: FirstLoad }[] = [];
  try {
    for (const { who, path } of STAFF_PAGES) {
      const page = await contexts[who].newPage();
      out.push({
        who,
        path,
        load: await measureFirstLoad(page, `${base}${path}`, { hydrates: false, throttle: opts.throttle }),
      });
      await page.close();
    }
  } finally {
    await contexts.supervisor.close();
    await contexts.admin.close();
  }
  return out;
}
