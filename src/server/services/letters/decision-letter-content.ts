import { createFormatter, createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import type enCatalog from "@/messages/en.json";
import type changesCatalog from "@/messages/changes/en.json";
import { incomeLabelKey, type ChangeKind } from "@/lib/changes/change-report";
import { loadMessages } from "@/messages/load-messages";
import type { DecisionLetterData } from "@/server/services/applications/get-decision-letter";

// The letter's words and their order, decided once for both the HTML page and the PDF, so the two can never
// say different things. Every text comes from the `letter` and `common` catalogs in the letter's language
// (`letter.locale`: the application's, or for an answer to an appeal the appeal's).

export type LetterBlock =
  | { kind: "letterhead"; organisation: string; system: string }
  | { kind: "fields"; rows: { label: string; value: string }[] }
  | { kind: "title"; text: string }
  | { kind: "paragraph"; text: string; tone: "plain" | "strong" | "note" }
  | { kind: "reasons"; heading: string; items: string[] };

export interface DecisionLetterContent {
  locale: Locale;
  registrationNumber: string;
  /** For the document's properties: what a viewer shows as its title, subject and author. */
  title: string;
  subject: string;
  author: string;
  pageLabel: (page: number, pages: number) => string;
  blocks: LetterBlock[];
}

/**
 * The namespaces the letter speaks from, typed by the English catalogs: its own and the common words, and the
 * changes' names of the kinds of income (a change decision names the income reported).
 */
export type LetterMessages = Pick<typeof enCatalog, "letter" | "common"> & Pick<typeof changesCatalog, "changes">;

/** The letter's texts in `locale`; the catalogs test keeps every language's keys identical to the English ones. */
export async function loadLetterMessages(locale: Locale): Promise<LetterMessages> {
  return (await loadMessages(locale)) as LetterMessages;
}

const NONE = "—";

/** Manat with two decimals in the locale's style, from integer qəpik without going through floating point. */
export function formatManat(qepik: number, locale: Locale): string {
  if (!Number.isSafeInteger(qepik)) throw new RangeError("amount must be an integer number of qəpik");
  const sign = qepik < 0 ? "-" : "";
  const abs = Math.abs(qepik);
  // A decimal string is formatted exactly (Intl.NumberFormat v3), where qepik / 100 would be a binary fraction.
  const decimal = `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}` as `${number}`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(decimal);
}

/** Turns the letter's data into blocks of text, given the catalog of the letter's own language. */
export function buildDecisionLetterContent(
  letter: DecisionLetterData,
  messages: LetterMessages,
): DecisionLetterContent {
  const locale = letter.locale;
  // A missing text must fail loudly here rather than print its key in an official letter.
  const onError = (error: Error) => {
    throw error;
  };
  const t = createTranslator({ locale, messages, namespace: "letter", onError });
  const tc = createTranslator({ locale, messages, namespace: "common", onError });
  // The dates are calendar days (YYYY-MM-DD), so they are read and written in UTC and never shift a day.
  const format = createFormatter({ locale, timeZone: "UTC", onError });
  const day = (iso: string | null) =>
    iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long" }) : NONE;
  const azn = (qepik: number | null) => (qepik === null ? NONE : formatManat(qepik, locale));

  const changes = createTranslator({ locale, messages, namespace: "changes", onError });
  const changeSentence = (change: NonNullable<DecisionLetterData["change"]>) => {
    const label = change.income ? changes(incomeLabelKey(change.income) as Parameters<typeof changes>[0]) : NONE;
    return t(`change.${change.kind as ChangeKind}`, {
      reportedOn: day(change.reportedOn),
      changedOn: day(change.changedOn),
      member: change.member ?? NONE,
      // Inside the sentence the kind of income reads in lower case ("a job with a labour contract").
      income: label.charAt(0).toLocaleLowerCase(locale) + label.slice(1),
      amount: azn(change.monthlyQepik),
      address: change.address ?? NONE,
    });
  };

  const d = letter.decision;
  const registrationNumber = letter.registrationNumber ?? NONE;
  const application = t("application", { number: registrationNumber, date: day(letter.applicationDate) });
  const blocks: LetterBlock[] = [
    { kind: "letterhead", organisation: tc("ministry"), system: tc("appName") },
    {
      kind: "fields",
      rows: [
        { label: t("to"), value: letter.addressee ?? NONE },
        { label: t("address"), value: letter.address || NONE },
        {
          label: t("issuedBy"),
          value: letter.issuingDistrict ? t("office", { district: letter.issuingDistrict }) : tc("ministry"),
        },
      ],
    },
    { kind: "title", text: t("title") },
    { kind: "paragraph", text: application, tone: "plain" },
  ];
  if (letter.appeal)
    blocks.push({ kind: "paragraph", text: t("appealAnswer", { date: day(letter.appeal.filedOn) }), tone: "plain" });
  // A decision during the period (a reported change, a finding) changes the assistance from its effective day.
  const since = d.effectiveFrom;
  const headline =
    d.outcome === "ASSIGN"
      ? since
        ? t("changed", { since: day(since) })
        : t("assigned")
      : since
        ? t("ended", { since: day(since) })
        : t("refused");
  blocks.push({ kind: "paragraph", text: headline, tone: "strong" });
  // A change decision names the change it follows: what, whose, how much, from when, and when it was reported.
  if (letter.change) blocks.push({ kind: "paragraph", text: changeSentence(letter.change), tone: "plain" });
  if (d.outcome === "ASSIGN") {
    blocks.push({ kind: "paragraph", text: t("amount", { amount: azn(d.amountQepik) }), tone: "plain" });
    blocks.push({
      kind: "paragraph",
      text: t("period", { from: day(since ?? d.periodFrom), to: day(d.periodTo) }),
      tone: "plain",
    });
  }
  if (d.memberCount !== null) {
    const figures = t("figures", {
      members: d.memberCount,
      criterion: azn(d.criterionQepik),
      income: azn(d.incomeQepik),
    });
    blocks.push({ kind: "paragraph", text: figures, tone: "plain" });
  }
  if (d.reasons.length > 0) blocks.push({ kind: "reasons", heading: t("reasons"), items: d.reasons });
  blocks.push({ kind: "paragraph", text: t("decidedOn", { date: day(d.decidedOn) }), tone: "plain" });
  blocks.push({ kind: "paragraph", text: t("legalBasis"), tone: "note" });
  // The agency hears one appeal; against its answer the route left is the court.
  blocks.push({ kind: "paragraph", text: letter.appeal ? t("courtInfo") : t("appealInfo"), tone: "note" });

  return {
    locale,
    registrationNumber,
    title: `${t("title")} — ${registrationNumber}`,
    subject: application,
    author: tc("ministry"),
    pageLabel: (page, pages) => t("page", { page, pages }),
    blocks,
  };
}
