import type { Locale } from "@/generated/prisma/client";
import { branchNameIn } from "@/kernel/branch-name";
import { formatAzn, formatDate } from "../notices/format";
import { parseMessage, type Message, type MessageKind } from "../notices/message-data";
import type { TemplateContext } from "../notices/templates/draft";
import { formatMonth } from "../notices/templates/payments-stopped";

// One sample message of every kind (several where a kind has variants), the facts a reader must find in each,
// and the context they are rendered in: shared by the notice template tests.

export const ctx: TemplateContext = {
  registrationNumber: "VEM-2026-000123",
  applicationDate: "2026-03-02",
  appBaseUrl: "https://vemtas.example.az",
  // An application's id is a cuid (25 characters): the SMS link to its page is this long.
  applicationUrl: "https://vemtas.example.az/az/applications/cmxbf2w30002n8w7dxcz9iqc7",
};
export const locales: Locale[] = ["az", "ru", "en"];

// The nine refusal grounds of RULES.md, worded at the length the engine is likely to use.
const reason = (code: string, az: string, ru: string, en: string) => ({ code, messages: { az, ru, en } });
export const allReasons = [
  reason(
    "DECLARATION_MISMATCH",
    "Bəyannamədəki məlumatlar yoxlanmış məlumatlarla üst-üstə düşmür",
    "Данные декларации не совпадают с проверенными данными",
    "The declaration does not match the verified data",
  ),
  reason(
    "INCOME_ABOVE_NEED",
    "Ailənin orta aylıq gəliri ehtiyac meyarından yüksəkdir: 1 250,00 AZN ≥ 1 200,00 AZN",
    "Среднемесячный доход семьи выше критерия нуждаемости: 1 250,00 AZN ≥ 1 200,00 AZN",
    "Average monthly family income is above the need criterion: 1,250.00 AZN ≥ 1,200.00 AZN",
  ),
  reason(
    "LARGE_TRANSACTIONS",
    "Son 12 ayda alqı-satqı yaşayış minimumunun 12 mislindən çoxdur",
    "Покупки и продажи за 12 месяцев превышают 12 прожиточных минимумов",
    "Purchases or sales in 12 months exceed 12 times the subsistence minimum",
  ),
  reason(
    "VEHICLE",
    "Ailə nəqliyyat vasitəsinə malikdir və ya ondan istifadə edir",
    "Семья владеет транспортным средством или пользуется им",
    "The family owns or uses a motor vehicle",
  ),
  reason(
    "REFUSED_JOBS",
    "İşləmə qabiliyyətli üzv iki uyğun iş təklifindən imtina edib",
    "Трудоспособный член семьи отказался от двух подходящих работ",
    "An able-bodied member refused two suitable job offers",
  ),
  reason(
    "UTILITY_COSTS",
    "Adambaşına kommunal və rabitə xərcləri yaşayış minimumunun 15 %-dən çoxdur",
    "Коммунальные расходы и связь на человека не ниже 15 % прожиточного минимума",
    "Per-person utility and communication costs are at least 15 % of the subsistence minimum",
  ),
  reason(
    "MULTIPLE_PROPERTIES",
    "Ailənin müxtəlif ünvanlarda eyni təyinatlı iki və ya daha çox əmlakı var",
    "У семьи два и более объекта одного назначения по разным адресам",
    "The family owns two or more properties of the same purpose at different addresses",
  ),
  reason(
    "NOT_BEYOND_CONTROL",
    "Aşağı gəlir ailədən asılı olmayan səbəblərdən deyil",
    "Низкий доход не вызван причинами вне контроля семьи",
    "The low income is not beyond the family's control",
  ),
  reason(
    "FALSE_INFORMATION",
    "Yalan və ya natamam məlumat verilib; hüquq 1 il müddətinə itirilir",
    "Предоставлены ложные или неполные сведения; право утрачено на 1 год",
    "False or incomplete information was given; the right is lost for 1 year",
  ),
];

export const samples: Record<MessageKind, Message[]> = {
  VISIT_RESCHEDULED: [
    parseMessage("VISIT_RESCHEDULED", {
      bookingId: "i1-1",
      date: "2026-03-10",
      timeWindow: "MORNING",
      inspectorName: "Gülnar Məmmədova",
    }),
    parseMessage("VISIT_RESCHEDULED", {
      bookingId: "i1-2",
      date: "2026-03-12",
      attempt: 2,
      timeWindow: null,
      // The booking notice carries the short name (visit-booking-notice.ts), which ends in a full stop.
      inspectorName: "Rauf Ə.",
      // As a family may write it, with its own full stop at the end.
      address: "Bakı, Nəsimi r., Nizami küç. 5, mən. 12.",
    }),
  ],
  SIGN_IN_CODE: [parseMessage("SIGN_IN_CODE", { code: "482913" })],
  REGISTRATION_NOTICE: [
    // Queued before the notice carried the decision's due day: "within 15 working days" only.
    parseMessage("REGISTRATION_NOTICE", {}),
    parseMessage("REGISTRATION_NOTICE", { decisionDueOn: "2026-03-23" }),
  ],
  INSPECTION_DATE: [
    parseMessage("INSPECTION_DATE", { date: "2026-03-06" }),
    parseMessage("INSPECTION_DATE", { date: "2026-03-13", attempt: 2 }),
    parseMessage("INSPECTION_DATE", {
      date: "2026-03-13",
      attempt: 2,
      window: { from: "14:00", to: "18:00" },
      inspector: "Səadətxanım Ə.",
      address: "Sumqayıt, 9-cu mikrorayon, ev 14, mənzil 3",
    }),
  ],
  DECISION: [
    parseMessage("DECISION", {
      outcome: "ASSIGN",
      decisionId: "d1",
      amountQepik: 123_456,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
    }),
    parseMessage("DECISION", { outcome: "REFUSE", decisionId: "d2", reasons: allReasons.slice(3, 4) }),
    parseMessage("DECISION", { outcome: "REFUSE", decisionId: "d3", reasons: allReasons }),
    // A renewal paid to the card the family already has.
    parseMessage("DECISION", {
      outcome: "ASSIGN",
      decisionId: "d4",
      amountQepik: 123_456,
      periodFrom: "2027-01-01",
      periodTo: "2027-12-31",
      sameCard: true,
    }),
  ],
  DECISION_LATE: [parseMessage("DECISION_LATE", { dueOn: "2026-03-23" })],
  BANK_CARD_PICKUP: [
    // A bank that names its branches in Russian and English too; the moved card's bank below does not.
    parseMessage("BANK_CARD_PICKUP", {
      decisionId: "d1",
      branchName: "Nərimanov filialı",
      branchNameRu: "Наримановский филиал",
      branchNameEn: "Narimanov branch",
      branchAddress: "Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi 44, AZ1008",
      cardPickupDate: "2026-03-30",
      accountMasked: "AZ21 **** 4417",
    }),
    // The family moved its card to another branch: the new place and day, as asked.
    parseMessage("BANK_CARD_PICKUP", {
      decisionId: "d1",
      branchName: "Şəki filialı",
      branchAddress: "Şəki şəhəri, M.Ə.Rəsulzadə prospekti 128, AZ5500",
      cardPickupDate: "2026-03-30",
      accountMasked: "AZ21 **** 4417",
      branchChange: 1,
    }),
    // A renewal paid to the card the family already has: no branch, no date, only the account.
    parseMessage("BANK_CARD_PICKUP", {
      decisionId: "d2",
      branchName: "Nərimanov filialı",
      branchAddress: "Bakı şəhəri, Nərimanov rayonu, Təbriz küçəsi 44, AZ1008",
      cardPickupDate: "2025-03-30",
      accountMasked: "AZ21 **** 4417",
      sameCard: true,
    }),
  ],
  REVIEW_REQUEST: [
    parseMessage("REVIEW_REQUEST", { reviewId: "r1", staffUserId: "u1", dueOn: "2026-03-23" }),
    parseMessage("REVIEW_REQUEST", { reviewId: "r2", staffUserId: "u1" }),
    parseMessage("REVIEW_REQUEST", { reviewId: "c1", staffUserId: "u1", cause: "CHANGE_REPORT" }),
  ],
  APPEAL_ANSWER: [
    parseMessage("APPEAL_ANSWER", {
      outcome: "ASSIGN",
      answer: "CHANGE",
      appealId: "a1",
      decisionId: "d4",
      amountQepik: 123_456,
      periodFrom: "2026-11-01",
      periodTo: "2027-10-31",
      explanation: "The car was sold in 2024.",
    }),
    parseMessage("APPEAL_ANSWER", {
      outcome: "ASSIGN",
      answer: "UPHOLD",
      appealId: "a2",
      decisionId: "d5",
      amountQepik: 24_000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      explanation: "The income was counted right.",
    }),
    parseMessage("APPEAL_ANSWER", {
      outcome: "REFUSE",
      answer: "UPHOLD",
      appealId: "a3",
      decisionId: "d6",
      explanation: "The registry shows the car in the family's name until today.",
    }),
    // A renewal's refusal changed on appeal: paid to the card the family already has.
    parseMessage("APPEAL_ANSWER", {
      outcome: "ASSIGN",
      answer: "CHANGE",
      appealId: "a4",
      decisionId: "d10",
      amountQepik: 123_456,
      periodFrom: "2027-01-01",
      periodTo: "2027-12-31",
      explanation: "The car was sold in 2024.",
      sameCard: true,
    }),
  ],
  PERIOD_ENDING: [parseMessage("PERIOD_ENDING", { periodTo: "2027-02-28" })],
  PAYMENTS_STOPPED: [
    parseMessage("PAYMENTS_STOPPED", { stoppedFrom: "2026-09", unusedMonths: ["2026-07", "2026-08"] }),
  ],
  PAYMENT_REJECTED: [
    parseMessage("PAYMENT_REJECTED", { month: "2026-05", attempt: 1, resend: true }),
    parseMessage("PAYMENT_REJECTED", { month: "2026-05", attempt: 2, resend: false }),
    parseMessage("PAYMENT_REJECTED", {
      month: "2026-06",
      attempt: 1,
      resend: true,
      branch: { name: "Nəsimi filialı", nameRu: "Насиминский филиал", address: "Bakı, Füzuli küç. 62." },
    }),
  ],
  CHANGE_DECISION: [
    parseMessage("CHANGE_DECISION", {
      outcome: "ASSIGN",
      cause: "CHANGE_REPORT",
      decisionId: "d7",
      amountQepik: 98_765,
      effectiveFrom: "2026-07-01",
      periodTo: "2027-02-28",
    }),
    parseMessage("CHANGE_DECISION", {
      outcome: "REFUSE",
      cause: "CHANGE_REPORT",
      decisionId: "d8",
      effectiveFrom: "2026-07-01",
    }),
    parseMessage("CHANGE_DECISION", {
      outcome: "REFUSE",
      cause: "FALSE_INFORMATION",
      decisionId: "d9",
      effectiveFrom: "2026-07-01",
      barEndsOn: "2027-06-15",
    }),
  ],
};

// What a reader must find in each e-mail whatever the language (the number, amounts, dates, the branch, the link to
// the application's page where the e-mail sends the family...).
export function facts(message: Message, locale: Locale): string[] {
  switch (message.kind) {
    case "VISIT_RESCHEDULED":
      return [
        ctx.registrationNumber,
        formatDate(message.data.date, locale),
        message.data.timeWindow === "MORNING" ? "09:00" : "18:00",
        message.data.inspectorName,
      ];
    case "SIGN_IN_CODE":
      return [message.data.code];
    case "REGISTRATION_NOTICE":
      return [
        ctx.registrationNumber,
        formatDate("2026-03-02", locale),
        ...(message.data.decisionDueOn ? [formatDate(message.data.decisionDueOn, locale)] : []),
      ];
    case "INSPECTION_DATE":
      return [
        ctx.registrationNumber,
        formatDate(message.data.date, locale),
        ...(message.data.window ? [message.data.window.from, message.data.window.to] : []),
        ...(message.data.inspector ? [message.data.inspector] : []),
        ctx.applicationUrl,
      ];
    case "DECISION":
      return message.data.outcome === "ASSIGN"
        ? [
            ctx.registrationNumber,
            formatAzn(message.data.amountQepik, locale),
            formatDate(message.data.periodFrom, locale),
            formatDate(message.data.periodTo, locale),
            ctx.applicationUrl,
          ]
        : [ctx.registrationNumber, ...message.data.reasons.map((r) => r.messages[locale]), ctx.applicationUrl];
    case "DECISION_LATE":
      return [ctx.registrationNumber, formatDate(message.data.dueOn, locale)];
    case "BANK_CARD_PICKUP":
      if (message.data.sameCard) return [ctx.registrationNumber, message.data.accountMasked, ctx.applicationUrl];
      return [
        branchNameIn(locale, {
          name: message.data.branchName,
          nameRu: message.data.branchNameRu,
          nameEn: message.data.branchNameEn,
        }),
        message.data.branchAddress,
        formatDate(message.data.cardPickupDate, locale),
        message.data.accountMasked,
        ctx.applicationUrl,
      ];
    case "REVIEW_REQUEST":
      return [ctx.registrationNumber, ...(message.data.dueOn ? [formatDate(message.data.dueOn, locale)] : [])];
    case "APPEAL_ANSWER":
      return message.data.outcome === "ASSIGN"
        ? [
            ctx.registrationNumber,
            message.data.explanation,
            formatAzn(message.data.amountQepik, locale),
            formatDate(message.data.periodFrom, locale),
            formatDate(message.data.periodTo, locale),
          ]
        : [ctx.registrationNumber, message.data.explanation];
    case "PERIOD_ENDING":
      return [ctx.registrationNumber, formatDate(message.data.periodTo, locale)];
    case "PAYMENTS_STOPPED":
      return [
        ctx.registrationNumber,
        formatMonth(message.data.stoppedFrom, locale, "from"),
        ...message.data.unusedMonths.map((m) => formatMonth(m, locale)),
      ];
    case "PAYMENT_REJECTED":
      return [ctx.registrationNumber, formatMonth(message.data.month, locale)];
    case "CHANGE_DECISION":
      return message.data.outcome === "ASSIGN"
        ? [
            ctx.registrationNumber,
            formatAzn(message.data.amountQepik, locale),
            formatDate(message.data.effectiveFrom, locale),
          ]
        : [ctx.registrationNumber, ...(message.data.barEndsOn ? [formatDate(message.data.barEndsOn, locale)] : [])];
  }
}

export const cases = Object.values(samples).flatMap((list) =>
  list.flatMap((message) => locales.map((locale) => ({ message, locale }))),
);
