import { formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Template, TemplateContext } from "./draft";

// The rules allow 3 days for the registration notice; the system sends it at once (RULES.md, process).
const when = (ctx: TemplateContext, locale: "az" | "ru" | "en"): string =>
  ctx.applicationDate ? formatDate(ctx.applicationDate, locale) : "";

export const registrationNoticeTemplate: Template<MessageData<"REGISTRATION_NOTICE">> = {
  az: (_d, ctx) => ({
    subject: `Müraciətiniz qeydə alındı: ${ctx.registrationNumber}`,
    paragraphs: [
      `Ünvanlı dövlət sosial yardımı üçün müraciətiniz ${when(ctx, "az")} tarixində ${ctx.registrationNumber} nömrəsi ilə qeydə alındı.`,
      "Qərar 15 iş günü ərzində veriləcək. Müraciətin gedişini şəxsi səhifənizdə izləyə bilərsiniz.",
      ctx.applicationUrl,
    ],
    sms: `ÜDSY: müraciətiniz ${ctx.registrationNumber} nömrəsi ilə ${when(ctx, "az")} tarixində qeydə alındı. Qərar 15 iş günü ərzində veriləcək.`,
  }),
  ru: (_d, ctx) => ({
    subject: `Ваше заявление зарегистрировано: ${ctx.registrationNumber}`,
    paragraphs: [
      `Ваше заявление на адресную государственную социальную помощь зарегистрировано ${when(ctx, "ru")} под номером ${ctx.registrationNumber}.`,
      "Решение будет принято в течение 15 рабочих дней. Ход рассмотрения виден на вашей странице.",
      ctx.applicationUrl,
    ],
    sms: `АГСП: заявление ${ctx.registrationNumber} зарегистрировано ${when(ctx, "ru")}. Решение в течение 15 рабочих дней.`,
  }),
  en: (_d, ctx) => ({
    subject: `Your application is registered: ${ctx.registrationNumber}`,
    paragraphs: [
      `Your application for targeted state social assistance was registered on ${when(ctx, "en")} under number ${ctx.registrationNumber}.`,
      "The decision will be made within 15 working days. You can follow the application on your page.",
      ctx.applicationUrl,
    ],
    sms: `TSA: your application ${ctx.registrationNumber} was registered on ${when(ctx, "en")}. Decision within 15 working days.`,
  }),
};
