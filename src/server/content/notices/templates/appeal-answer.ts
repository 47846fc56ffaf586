import type { Locale } from "@/generated/prisma/client";
import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Draft, Template, TemplateContext } from "./draft";

type AppealAnswerData = MessageData<"APPEAL_ANSWER">;

// The supervisor's explanation is written once, in their language, and goes into the e-mail as written; an SMS
// cannot hold it, so it points to the family's page, where the timeline and the letter show it.

interface Words {
  reviewed: (ctx: TemplateContext) => string;
  stands: string;
  assigned: string;
  amountAndPeriod: (amount: string, period: string) => string;
  explanation: (text: string) => string;
  card: string;
  page: (ctx: TemplateContext) => string;
  subjectStands: (ctx: TemplateContext) => string;
  subjectChanged: (ctx: TemplateContext) => string;
  smsStands: (ctx: TemplateContext) => string;
  smsAssigned: (ctx: TemplateContext, amount: string, period: string) => string;
}

const words: Record<Locale, Words> = {
  az: {
    reviewed: (ctx) =>
      `${ctx.registrationNumber} nömrəli müraciət üzrə şikayətinizə qərarı verməyən rəhbər şəxs baxdı.`,
    stands: "Qərar qüvvədə qalır.",
    assigned: "Yeni qərar verildi: ailənizə ünvanlı dövlət sosial yardımı təyin edildi.",
    amountAndPeriod: (amount, period) => `Aylıq məbləğ: ${amount}. Dövr: ${period}.`,
    explanation: (text) => `İzah: ${text}`,
    card: "Yardım kart hesabına ödəniləcək; hesabınız hələ yoxdursa, kartı hansı filialdan və nə vaxt götürəcəyinizi ayrıca bildirəcəyik.",
    page: (ctx) => `Qərar və izah şəxsi səhifənizdədir: ${ctx.applicationUrl}`,
    subjectStands: (ctx) => `Şikayətə cavab: qərar qüvvədə qalır (${ctx.registrationNumber})`,
    subjectChanged: (ctx) => `Şikayətə cavab: yardım təyin edildi (${ctx.registrationNumber})`,
    smsStands: (ctx) =>
      `ÜDSY ${ctx.registrationNumber}: şikayətinizə baxıldı, qərar qüvvədə qalır. İzah: ${ctx.appBaseUrl}`,
    smsAssigned: (ctx, amount, period) =>
      `ÜDSY ${ctx.registrationNumber}: şikayətiniz üzrə yardım təyin edildi, ayda ${amount}, ${period}. İzah: ${ctx.appBaseUrl}`,
  },
  ru: {
    reviewed: (ctx) =>
      `Вашу жалобу по заявлению ${ctx.registrationNumber} рассмотрел руководитель, который не принимал это решение.`,
    stands: "Решение оставлено в силе.",
    assigned: "Принято новое решение: вашей семье назначена адресная государственная социальная помощь.",
    amountAndPeriod: (amount, period) => `Сумма в месяц: ${amount}. Период: ${period}.`,
    explanation: (text) => `Объяснение: ${text}`,
    card: "Помощь перечисляется на карточный счёт; если счёта ещё нет, мы отдельно сообщим, где и когда получить карту.",
    page: (ctx) => `Решение и объяснение — на вашей странице: ${ctx.applicationUrl}`,
    subjectStands: (ctx) => `Ответ на жалобу: решение оставлено в силе (${ctx.registrationNumber})`,
    subjectChanged: (ctx) => `Ответ на жалобу: помощь назначена (${ctx.registrationNumber})`,
    smsStands: (ctx) =>
      `АГСП ${ctx.registrationNumber}: жалоба рассмотрена, решение в силе. Объяснение: ${ctx.appBaseUrl}`,
    smsAssigned: (ctx, amount, period) =>
      `АГСП ${ctx.registrationNumber}: по жалобе назначена помощь ${amount} в месяц, ${period}.`,
  },
  en: {
    reviewed: (ctx) =>
      `Your appeal on application ${ctx.registrationNumber} was reviewed by a supervisor who did not take the decision.`,
    stands: "The decision stands.",
    assigned: "A new decision was taken: targeted state social assistance is assigned to your family.",
    amountAndPeriod: (amount, period) => `Monthly amount: ${amount}. Period: ${period}.`,
    explanation: (text) => `Explanation: ${text}`,
    card: "It is paid to a card account; if you do not have one yet, we will tell you separately where and when to collect the card.",
    page: (ctx) => `The decision and the explanation are on your page: ${ctx.applicationUrl}`,
    subjectStands: (ctx) => `Answer to your appeal: the decision stands (${ctx.registrationNumber})`,
    subjectChanged: (ctx) => `Answer to your appeal: assistance assigned (${ctx.registrationNumber})`,
    smsStands: (ctx) =>
      `TSA ${ctx.registrationNumber}: your appeal was reviewed, the decision stands. Explanation: ${ctx.appBaseUrl}`,
    smsAssigned: (ctx, amount, period) =>
      `TSA ${ctx.registrationNumber}: on your appeal, assistance assigned, ${amount} a month, ${period}. Explanation: ${ctx.appBaseUrl}`,
  },
};

function draft(locale: Locale, d: AppealAnswerData, ctx: TemplateContext): Draft {
  const w = words[locale];
  if (d.outcome === "REFUSE") {
    return {
      subject: w.subjectStands(ctx),
      paragraphs: [w.reviewed(ctx), w.stands, w.explanation(d.explanation), w.page(ctx)],
      sms: w.smsStands(ctx),
    };
  }
  const amount = formatAzn(d.amountQepik, locale);
  const period = `${formatDate(d.periodFrom, locale)} - ${formatDate(d.periodTo, locale)}`;
  const changed = d.answer === "CHANGE";
  return {
    subject: changed ? w.subjectChanged(ctx) : w.subjectStands(ctx),
    paragraphs: [
      w.reviewed(ctx),
      changed ? w.assigned : w.stands,
      w.amountAndPeriod(amount, period),
      w.explanation(d.explanation),
      ...(changed ? [w.card] : []),
      w.page(ctx),
    ],
    sms: changed ? w.smsAssigned(ctx, amount, period) : w.smsStands(ctx),
  };
}

export const appealAnswerTemplate: Template<AppealAnswerData> = {
  az: (d, ctx) => draft("az", d, ctx),
  ru: (d, ctx) => draft("ru", d, ctx),
  en: (d, ctx) => draft("en", d, ctx),
};
