import type { Page } from "@playwright/test";
import { normalizeAzPhone } from "@/kernel/identity";
import { messagesTo, signInCodeFor } from "./messaging-inbox";

/** The phone number as the app stores it and the messaging fake lists it (+994…). */
export function e164(phone: string): string {
  const normalized = normalizeAzPhone(phone);
  if (!normalized) throw new Error(`not an Azerbaijani mobile number: ${phone}`);
  return normalized;
}

/**
 * Signs a citizen in through the real sign-in page: FIN and phone (in any accepted form), the one-time code
 * read from the messaging fake's inbox, then the code. Lands on the citizen's home (/<locale>/my).
 */
export async function signInCitizen(
  page: Page,
  citizen: { fin: string; phone: string; locale?: "az" | "ru" | "en" },
): Promise<void> {
  const locale = citizen.locale ?? "az";
  await page.goto(`/${locale}/sign-in`);
  await enterCode(page, citizen);
  await page.waitForURL(new RegExp(`/${locale}/my$`));
}

/** The sign-in form on the page already open: FIN and phone, then the code from the SMS inbox. */
export async function enterCode(page: Page, citizen: { fin: string; phone: string }): Promise<void> {
  const before = (await messagesTo(e164(citizen.phone))).length;
  await page.locator("#fin").fill(citizen.fin);
  await page.locator("#phone").fill(citizen.phone);
  await page.locator("form button[type=submit]").click();
  await page.locator("#code").waitFor();
  const code = await signInCodeFor(e164(citizen.phone), before);
  await page.locator("#code").fill(code);
  await page.locator("form button[type=submit]").click();
}
