import type { Locale } from "@/generated/prisma/client";
import type { MessageData } from "../message-data";
import type { Template, TemplateContext } from "./draft";

type PaymentsStoppedData = MessageData<"PAYMENTS_STOPPED">;

// Sent by the payroll when nothing was withdrawn from the card account for 2 consecutive paid months (RULES.md;
// docs/payments.md, "The 2-month stop"): why payments stopped, and what to do to have them resume.

const MONTHS: Record<Locale, string[]> = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  ru: [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "2026-06" → "iyun 2026" / "июнь 2026" / "June 2026". */
export function formatMonth(month: string, locale: Locale): string {
  const [year, m] = month.split("-");
  return `${MONTHS[locale][Number(m) - 1] ?? month} ${year}`;
}

interface Words {
  subject: (ctx: TemplateContext) => string;
  why: (ctx: TemplateContext, months: string) => string;
  stopped: (from: string) => string;
  resume: string;
  page: (ctx: TemplateContext) => string;
  sms: (ctx: TemplateContext, from: string) => string;
}

const words: Record<Locale, Words> = {
  az: {
    subject: (ctx) => `Yardımın ödənişi dayandırıldı (${ctx.registrationNumber})`,
    why: (ctx, months) =>
      `${ctx.registrationNumber} nömrəli müraciət üzrə kart hesabınıza ödənilən yardımdan ardıcıl iki ay (${months}) heç nə çıxarılmayıb.`,
    stopped: (from) => `Qanuna görə belə olduqda ödəniş dayandırılır: ${from} ayından yardım ödənilmir.`,
    resume:
      "Ödənişin bərpasını şəxsi səhifənizdən istəyə bilərsiniz; ödəniş müraciətdən sonrakı aydan bərpa olunur, dayandırılmış aylar sonradan ödənilmir.",
    page: (ctx) => `Şəxsi səhifəniz: ${ctx.applicationUrl}`,
    sms: (ctx, from) =>
      `ÜDSY ${ctx.registrationNumber}: kartdan 2 ay pul çıxarılmadığı üçün ödəniş ${from} ayından dayandırıldı. Bərpa üçün səhifənizə daxil olun: ${ctx.appBaseUrl}`,
  },
  ru: {
    subject: (ctx) => `Выплата помощи приостановлена (${ctx.registrationNumber})`,
    why: (ctx, months) =>
      `По заявлению ${ctx.registrationNumber} с карточного счёта два месяца подряд (${months}) не снималось ничего из выплаченной помощи.`,
    stopped: (from) => `По закону в этом случае выплата прекращается: с месяца ${from} помощь не выплачивается.`,
    resume:
      "Возобновить выплату можно запросом на вашей странице: выплата возобновится со следующего месяца после запроса, приостановленные месяцы позже не выплачиваются.",
    page: (ctx) => `Ваша страница: ${ctx.applicationUrl}`,
    sms: (ctx, from) =>
      `АГСП ${ctx.registrationNumber}: 2 месяца не снимались деньги, выплата остановлена с ${from}. Возобновить: ${ctx.appBaseUrl}`,
  },
  en: {
    subject: (ctx) => `Payment of your assistance has stopped (${ctx.registrationNumber})`,
    why: (ctx, months) =>
      `For application ${ctx.registrationNumber}, nothing was withdrawn from the card account for two months in a row (${months}).`,
    stopped: (from) => `By law, payment then stops: no assistance is paid from ${from}.`,
    resume:
      "You can ask on your page for payment to resume; it resumes from the month after your request, and the stopped months are not paid later.",
    page: (ctx) => `Your page: ${ctx.applicationUrl}`,
    sms: (ctx, from) =>
      `TSA ${ctx.registrationNumber}: nothing withdrawn for 2 months, payment stopped from ${from}. To resume, use your page: ${ctx.appBaseUrl}`,
  },
};

function draft(locale: Locale, d: PaymentsStoppedData, ctx: TemplateContext) {
  const w = words[locale];
  const from = formatMonth(d.stoppedFrom, locale);
  const months = d.unusedMonths.map((m) => formatMonth(m, locale)).join(", ");
  return {
    subject: w.subject(ctx),
    paragraphs: [w.why(ctx, months), w.stopped(from), w.resume, w.page(ctx)],
    sms: w.sms(ctx, from),
  };
}

export const paymentsStoppedTemplate: Template<PaymentsStoppedData> = {
  az: (d, ctx) => draft("az", d, ctx),
  ru: (d, ctx) => draft("ru", d, ctx),
  en: (d, ctx) => draft("en", d, ctx),
};
