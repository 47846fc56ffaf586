import type { Locale } from "@/generated/prisma/client";
import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Draft, Template, TemplateContext } from "./draft";

type ChangeDecisionData = MessageData<"CHANGE_DECISION">;

// A decision during the assistance period (issue 14): the reassessment after a change the family reported, or a
// false-information finding (ground 9). It says what changes and from which month; the reasons and the appeal
// route are on the family's page and in the letter.

interface Words {
  afterReport: (ctx: TemplateContext) => string;
  afterFinding: (ctx: TemplateContext) => string;
  newAmount: (amount: string, from: string, to: string) => string;
  ends: (from: string) => string;
  refusedNothingRuns: string;
  bar: (until: string) => string;
  page: (ctx: TemplateContext) => string;
  subjectAmount: (ctx: TemplateContext) => string;
  subjectEnds: (ctx: TemplateContext) => string;
  smsAmount: (ctx: TemplateContext, amount: string, from: string) => string;
  smsEnds: (ctx: TemplateContext, from: string | null) => string;
  smsBar: (ctx: TemplateContext, until: string) => string;
}

const words: Record<Locale, Words> = {
  az: {
    afterReport: (ctx) =>
      `${ctx.registrationNumber} nömrəli müraciət üzrə bildirdiyiniz dəyişiklik qurumların yeni məlumatları ilə yenidən qiymətləndirildi.`,
    afterFinding: (ctx) =>
      `${ctx.registrationNumber} nömrəli müraciət üzrə ailənizin yalan və ya natamam məlumat verdiyi müəyyən edildi (imtina əsası 9).`,
    newAmount: (amount, from, to) => `${from} tarixindən aylıq məbləğ: ${amount}, dövrün sonuna (${to}) qədər.`,
    ends: (from) => `Yardımın ödənilməsi ${from} tarixindən dayandırılır. Artıq ödənilmiş məbləğlər geri alınmır.`,
    refusedNothingRuns: "Müraciət rədd edildi.",
    bar: (until) => `Yeni müraciətə ${until} tarixindən baxıla bilər.`,
    page: (ctx) => `Qərar, səbəbləri və şikayət qaydası şəxsi səhifənizdədir: ${ctx.applicationUrl}`,
    subjectAmount: (ctx) => `Yeni qərar: yardımın məbləği dəyişir (${ctx.registrationNumber})`,
    subjectEnds: (ctx) => `Yeni qərar: yardım dayandırılır (${ctx.registrationNumber})`,
    smsAmount: (ctx, amount, from) =>
      `ÜDSY ${ctx.registrationNumber}: dəyişiklik üzrə yeni qərar: ${from} tarixindən ayda ${amount}. Ətraflı: ${ctx.appBaseUrl}`,
    smsEnds: (ctx, from) =>
      `ÜDSY ${ctx.registrationNumber}: yeni qərar: yardım ${from ? `${from} tarixindən ` : ""}dayandırılır. Səbəblər: ${ctx.appBaseUrl}`,
    smsBar: (ctx, until) =>
      `ÜDSY ${ctx.registrationNumber}: yalan məlumat (əsas 9). Yeni müraciət ${until} tarixindən. Ətraflı: ${ctx.appBaseUrl}`,
  },
  ru: {
    afterReport: (ctx) =>
      `Сообщённое вами изменение по заявлению ${ctx.registrationNumber} оценено заново по свежим данным ведомств.`,
    afterFinding: (ctx) =>
      `По заявлению ${ctx.registrationNumber} установлено, что семья сообщила ложные или неполные сведения (основание отказа 9).`,
    newAmount: (amount, from, to) => `С ${from} сумма в месяц: ${amount}, до конца периода (${to}).`,
    ends: (from) => `Выплата помощи прекращается с ${from}. Уже выплаченные суммы не взыскиваются.`,
    refusedNothingRuns: "В заявлении отказано.",
    bar: (until) => `Новое заявление может быть рассмотрено с ${until}.`,
    page: (ctx) => `Решение, причины и порядок обжалования — на вашей странице: ${ctx.applicationUrl}`,
    subjectAmount: (ctx) => `Новое решение: сумма помощи меняется (${ctx.registrationNumber})`,
    subjectEnds: (ctx) => `Новое решение: помощь прекращается (${ctx.registrationNumber})`,
    smsAmount: (ctx, amount, from) =>
      `АГСП ${ctx.registrationNumber}: новое решение по изменению: с ${from} ${amount} в месяц.`,
    smsEnds: (ctx, from) =>
      `АГСП ${ctx.registrationNumber}: новое решение: помощь прекращается${from ? ` с ${from}` : ""}. Причины: ${ctx.appBaseUrl}`,
    smsBar: (ctx, until) => `АГСП ${ctx.registrationNumber}: ложные сведения (осн. 9). Новое заявление с ${until}.`,
  },
  en: {
    afterReport: (ctx) =>
      `The change you reported on application ${ctx.registrationNumber} was assessed again with the agencies' fresh data.`,
    afterFinding: (ctx) =>
      `It was found that your family gave false or incomplete information on application ${ctx.registrationNumber} (refusal ground 9).`,
    newAmount: (amount, from, to) =>
      `From ${from} the monthly amount is ${amount}, until the end of the period (${to}).`,
    ends: (from) => `The assistance stops from ${from}. Amounts already paid are not taken back.`,
    refusedNothingRuns: "The application is refused.",
    bar: (until) => `A new application can be considered from ${until}.`,
    page: (ctx) => `The decision, its reasons and how to appeal are on your page: ${ctx.applicationUrl}`,
    subjectAmount: (ctx) => `New decision: the amount of your assistance changes (${ctx.registrationNumber})`,
    subjectEnds: (ctx) => `New decision: your assistance stops (${ctx.registrationNumber})`,
    smsAmount: (ctx, amount, from) =>
      `TSA ${ctx.registrationNumber}: new decision on your change: ${amount} a month from ${from}. Details: ${ctx.appBaseUrl}`,
    smsEnds: (ctx, from) =>
      `TSA ${ctx.registrationNumber}: new decision: your assistance stops${from ? ` from ${from}` : ""}. Reasons: ${ctx.appBaseUrl}`,
    smsBar: (ctx, until) =>
      `TSA ${ctx.registrationNumber}: false information (ground 9). New application from ${until}. Details: ${ctx.appBaseUrl}`,
  },
};

function draft(locale: Locale, d: ChangeDecisionData, ctx: TemplateContext): Draft {
  const w = words[locale];
  if (d.outcome === "ASSIGN") {
    const amount = formatAzn(d.amountQepik, locale);
    const from = formatDate(d.effectiveFrom, locale);
    return {
      subject: w.subjectAmount(ctx),
      paragraphs: [w.afterReport(ctx), w.newAmount(amount, from, formatDate(d.periodTo, locale)), w.page(ctx)],
      sms: w.smsAmount(ctx, amount, from),
    };
  }
  const from = d.effectiveFrom ? formatDate(d.effectiveFrom, locale) : null;
  const until = d.barEndsOn ? formatDate(d.barEndsOn, locale) : null;
  return {
    subject: w.subjectEnds(ctx),
    paragraphs: [
      d.cause === "FALSE_INFORMATION" ? w.afterFinding(ctx) : w.afterReport(ctx),
      from ? w.ends(from) : w.refusedNothingRuns,
      ...(until ? [w.bar(until)] : []),
      w.page(ctx),
    ],
    sms: until ? w.smsBar(ctx, until) : w.smsEnds(ctx, from),
  };
}

export const changeDecisionTemplate: Template<ChangeDecisionData> = {
  az: (d, ctx) => draft("az", d, ctx),
  ru: (d, ctx) => draft("ru", d, ctx),
  en: (d, ctx) => draft("en", d, ctx),
};
