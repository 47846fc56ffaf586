import type { Locale } from "@/generated/prisma/client";
import type { MessageData } from "../message-data";
import type { Template, TemplateContext } from "./draft";
import { formatMonth } from "./payments-stopped";

type PaymentRejectedData = MessageData<"PAYMENT_REJECTED">;

// Sent when the bank rejected a month's payment (docs/payments.md, "A rejected payment"): which month, and either
// that it is sent again with the next month's payroll (the family should see that the card account is usable), or
// that the district office takes it up.

interface Words {
  subject: (ctx: TemplateContext) => string;
  what: (ctx: TemplateContext, month: string) => string;
  resend: string;
  staff: string;
  page: (ctx: TemplateContext) => string;
  sms: (ctx: TemplateContext, month: string, resend: boolean) => string;
}

const words: Record<Locale, Words> = {
  az: {
    subject: (ctx) => `Yardımın ödənişi kart hesabına köçürülmədi (${ctx.registrationNumber})`,
    what: (ctx, month) =>
      `${ctx.registrationNumber} nömrəli müraciət üzrə ${month} ayının yardımını bank kart hesabınıza köçürə bilmədi.`,
    resend:
      "Ödəniş növbəti ayın ödənişi ilə yenidən göndəriləcək. Kartınız bloklanıbsa, bankla əlaqə saxlayıb onu açdırın.",
    staff: "Ödəniş yenidən avtomatik göndərilməyəcək: rayon şöbəsinin əməkdaşı sizinlə əlaqə saxlayacaq.",
    page: (ctx) => `Şəxsi səhifəniz: ${ctx.applicationUrl}`,
    sms: (ctx, month, resend) =>
      `ÜDSY ${ctx.registrationNumber}: ${month} ödənişi karta köçürülmədi. ${resend ? "Növbəti ay yenidən göndəriləcək; kart bloklanıbsa bankla əlaqə saxlayın." : "Rayon şöbəsi sizinlə əlaqə saxlayacaq."}`,
  },
  ru: {
    subject: (ctx) => `Выплата помощи не зачислена на карточный счёт (${ctx.registrationNumber})`,
    what: (ctx, month) =>
      `По заявлению ${ctx.registrationNumber} банк не смог зачислить помощь за ${month} на ваш карточный счёт.`,
    resend:
      "Выплата будет отправлена снова вместе с выплатой следующего месяца. Если карта заблокирована, обратитесь в банк.",
    staff: "Автоматически выплата больше не отправляется: с вами свяжется сотрудник районного отдела.",
    page: (ctx) => `Ваша страница: ${ctx.applicationUrl}`,
    sms: (ctx, month, resend) =>
      `АГСП ${ctx.registrationNumber}: выплата за ${month} не зачислена. ${resend ? "Отправим снова в след. месяце." : "С вами свяжется отдел."}`,
  },
  en: {
    subject: (ctx) => `Your assistance could not be paid into the card account (${ctx.registrationNumber})`,
    what: (ctx, month) =>
      `For application ${ctx.registrationNumber}, the bank could not credit the assistance for ${month} to your card account.`,
    resend:
      "The payment will be sent again with next month's payment. If your card is blocked, please contact the bank.",
    staff: "The payment will not be sent again automatically: a member of your district office will contact you.",
    page: (ctx) => `Your page: ${ctx.applicationUrl}`,
    sms: (ctx, month, resend) =>
      `TSA ${ctx.registrationNumber}: the payment for ${month} was not credited. ${resend ? "It is sent again next month; if your card is blocked, contact the bank." : "Your district office will contact you."}`,
  },
};

function draft(locale: Locale, d: PaymentRejectedData, ctx: TemplateContext) {
  const w = words[locale];
  const month = formatMonth(d.month, locale);
  return {
    subject: w.subject(ctx),
    paragraphs: [w.what(ctx, month), d.resend ? w.resend : w.staff, w.page(ctx)],
    sms: w.sms(ctx, month, d.resend),
  };
}

export const paymentRejectedTemplate: Template<PaymentRejectedData> = {
  az: (d, ctx) => draft("az", d, ctx),
  ru: (d, ctx) => draft("ru", d, ctx),
  en: (d, ctx) => draft("en", d, ctx),
};
