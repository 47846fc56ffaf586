import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template } from "./draft";

// Only the masked account number is ever written into a message (the bank's full number is never stored).
export const bankCardPickupTemplate: Template<MessageData<"BANK_CARD_PICKUP">> = {
  az: (d, ctx) => ({
    subject: `Kartınızı götürün: ${formatDate(d.cardPickupDate, "az")} (${ctx.registrationNumber})`,
    paragraphs: [
      `Yardımın ödənilməsi üçün bank hesabınız açıldı: ${d.accountMasked}.`,
      `Kartınızı ${formatDate(d.cardPickupDate, "az")} tarixindən "${d.branchName}" filialından götürə bilərsiniz.`,
      `Ünvan: ${d.branchAddress}.`,
      "Özünüzlə şəxsiyyət vəsiqənizi götürün. Pulu 2 ay ardıcıl çıxarmasanız, ödəniş dayandırılır.",
    ],
    sms: `ÜDSY ${ctx.registrationNumber}: kartınızı ${formatDate(d.cardPickupDate, "az")} tarixindən "${d.branchName}" filialından götürün, ünvan: ${d.branchAddress}. Şəxsiyyət vəsiqəsi lazımdır.`,
  }),
  ru: (d, ctx) => ({
    subject: `Получите карту: ${formatDate(d.cardPickupDate, "ru")} (${ctx.registrationNumber})`,
    paragraphs: [
      `Для выплаты помощи открыт банковский счёт: ${d.accountMasked}.`,
      `Карту можно получить с ${formatDate(d.cardPickupDate, "ru")} в отделении «${d.branchName}».`,
      `Адрес: ${d.branchAddress}.`,
      "Возьмите удостоверение личности. Если деньги не снимать 2 месяца подряд, выплата прекращается.",
    ],
    sms: `АГСП ${ctx.registrationNumber}: карта ждёт вас с ${formatDate(d.cardPickupDate, "ru")} в отделении «${d.branchName}», ${d.branchAddress}. Нужно удостоверение личности.`,
  }),
  en: (d, ctx) => ({
    subject: `Collect your card: ${formatDate(d.cardPickupDate, "en")} (${ctx.registrationNumber})`,
    paragraphs: [
      `A bank account has been opened for the assistance payments: ${d.accountMasked}.`,
      `You can collect your card from ${formatDate(d.cardPickupDate, "en")} at the "${d.branchName}" branch.`,
      `Address: ${d.branchAddress}.`,
      "Bring your identity card. If no money is withdrawn for 2 months in a row, payment stops.",
    ],
    sms: `TSA ${ctx.registrationNumber}: collect your card from ${formatDate(d.cardPickupDate, "en")} at "${d.branchName}", ${d.branchAddress}. Bring your ID card.`,
  }),
};
