import { expect, type Page } from "@playwright/test";
import { messagesTo, signInCodeFor } from "./messaging-inbox";

const labels = {
  az: { fin: "FİN (fərdi identifikasiya nömrəsi)", phone: "Mobil nömrə", send: "Kodu göndərin", code: "SMS-dəki kod", verify: "Daxil olun" },
  ru: { fin: "ФИН (персональный идентификационный номер)", phone: "Номер мобильного телефона", send: "Отправить код", code: "Код из SMS", verify: "Войти" },
  en: { fin: "FIN (personal identification number)", phone: "Mobile number", send: "Send code", code: "Code from the SMS", verify: "Sign in" },
} as const;

/** Digits only, as the app stores the number: "+994 50 123 45 67" → "+994501234567". */
export function e164(localOrIntl: string): string {
  const digits = localOrIntl.replace(/\D/g, "");
  return `+994${digits.slice(-9)}`;
}

/**
 * Signs a citizen in through the real page: FIN and phone, the code from the SMS inbox, and the landing on
 * "My applications".
 */
export async function signInCitizen(page: Page, opts: { fin: string; phone: string; locale?: keyof typeof labels }): Promise<void> {
  const locale = opts.locale ?? "az";
  const l = labels[locale];
  const before = (await messagesTo(e164(opts.phone))).length;
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(l.fin).fill(opts.fin);
  await page.getByLabel(l.phone).fill(opts.phone);
  await page.getByRole("button", { name: l.send }).click();
  const code = await signInCodeFor(e164(opts.phone), before);
  await page.getByLabel(l.code).fill(code);
  await page.getByRole("button", { name: l.verify }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/my$`));
}
