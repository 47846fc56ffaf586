import type { Locale } from "@/generated/prisma/client";
import { formatAzn, formatDate } from "../format";
import type { MessageData } from "../message-data";
import type { Draft, Template, TemplateContext } from "./draft";

type DecisionData = MessageData<"DECISION">;
type Assigned = Extract<DecisionData, { outcome: "ASSIGN" }>;
type Refused = Extract<DecisionData, { outcome: "REFUSE" }>;

const assigned: Record<Locale, (d: Assigned, ctx: TemplateContext) => Draft> = {
  az: (d, ctx) => {
    const amount = formatAzn(d.amountQepik, "az");
    const period = `${formatDate(d.periodFrom, "az")} - ${formatDate(d.periodTo, "az")}`;
    return {
      subject: `Qərar: yardım təyin edildi (${ctx.registrationNumber})`,
      paragraphs: [
        `${ctx.registrationNumber} nömrəli müraciətiniz üzrə ailənizə ünvanlı dövlət sosial yardımı təyin edildi.`,
        `Aylıq məbləğ: ${amount}. Dövr: ${period}.`,
        "Yardım nümayəndənin adına açılan kart hesabına ödəniləcək. Kartı hansı filialdan və nə vaxt götürəcəyinizi ayrıca bildirəcəyik.",
      ],
      sms: `ÜDSY ${ctx.registrationNumber}: yardım təyin edildi, ayda ${amount}, ${period}. Kart barədə ayrıca xəbər veriləcək.`,
    };
  },
  ru: (d, ctx) => {
    const amount = formatAzn(d.amountQepik, "ru");
    const period = `${formatDate(d.periodFrom, "ru")} - ${formatDate(d.periodTo, "ru")}`;
    return {
      subject: `Решение: помощь назначена (${ctx.registrationNumber})`,
      paragraphs: [
        `По заявлению ${ctx.registrationNumber} вашей семье назначена адресная государственная социальная помощь.`,
        `Сумма в месяц: ${amount}. Период: ${period}.`,
        "Помощь будет перечисляться на карточный счёт на имя представителя семьи. Где и когда получить карту, мы сообщим отдельно.",
      ],
      sms: `АГСП ${ctx.registrationNumber}: помощь назначена, ${amount} в месяц, ${period}. О карте сообщим отдельно.`,
    };
  },
  en: (d, ctx) => {
    const amount = formatAzn(d.amountQepik, "en");
    const period = `${formatDate(d.periodFrom, "en")} - ${formatDate(d.periodTo, "en")}`;
    return {
      subject: `Decision: assistance assigned (${ctx.registrationNumber})`,
      paragraphs: [
        `Targeted state social assistance has been assigned to your family on application ${ctx.registrationNumber}.`,
        `Monthly amount: ${amount}. Period: ${period}.`,
        "It will be paid to a card account in the name of the family's representative. We will tell you separately where and when to collect the card.",
      ],
      sms: `TSA ${ctx.registrationNumber}: assistance assigned, ${amount} a month, ${period}. Card details will follow.`,
    };
  },
};

const numbered = (items: string[]): string[] => items.map((text, i) => `${i + 1}. ${text}`);

const refused: Record<Locale, (d: Refused, ctx: TemplateContext) => Draft> = {
  az: (d, ctx) => {
    const reasons = d.reasons.map((r) => r.messages.az);
    return {
      subject: `Qərar: yardım təyin edilmədi (${ctx.registrationNumber})`,
      paragraphs: [
        `${ctx.registrationNumber} nömrəli müraciətiniz üzrə yardım təyin edilmədi. Səbəblər:`,
        ...numbered(reasons),
        `Qərarla razı deyilsinizsə, şəxsi səhifənizdən şikayət verə bilərsiniz: ${ctx.applicationUrl}`,
      ],
      sms: {
        head: `ÜDSY ${ctx.registrationNumber}: yardım təyin edilmədi. Səbəblər:`,
        items: reasons,
        tail: `Ətraflı: ${ctx.appBaseUrl}`,
      },
    };
  },
  ru: (d, ctx) => {
    const reasons = d.reasons.map((r) => r.messages.ru);
    return {
      subject: `Решение: в помощи отказано (${ctx.registrationNumber})`,
      paragraphs: [
        `По заявлению ${ctx.registrationNumber} в назначении помощи отказано. Причины:`,
        ...numbered(reasons),
        `Если вы не согласны с решением, подайте жалобу на своей странице: ${ctx.applicationUrl}`,
      ],
      sms: {
        head: `АГСП ${ctx.registrationNumber}: в помощи отказано. Причины:`,
        items: reasons,
        tail: `Подробно: ${ctx.appBaseUrl}`,
      },
    };
  },
  en: (d, ctx) => {
    const reasons = d.reasons.map((r) => r.messages.en);
    return {
      subject: `Decision: assistance refused (${ctx.registrationNumber})`,
      paragraphs: [
        `Assistance was refused on application ${ctx.registrationNumber}. Reasons:`,
        ...numbered(reasons),
        `If you disagree with the decision, you can appeal on your page: ${ctx.applicationUrl}`,
      ],
      sms: {
        head: `TSA ${ctx.registrationNumber}: assistance refused. Reasons:`,
        items: reasons,
        tail: `Details: ${ctx.appBaseUrl}`,
      },
    };
  },
};

export const decisionTemplate: Template<DecisionData> = {
  az: (d, ctx) => (d.outcome === "ASSIGN" ? assigned.az(d, ctx) : refused.az(d, ctx)),
  ru: (d, ctx) => (d.outcome === "ASSIGN" ? assigned.ru(d, ctx) : refused.ru(d, ctx)),
  en: (d, ctx) => (d.outcome === "ASSIGN" ? assigned.en(d, ctx) : refused.en(d, ctx)),
};
