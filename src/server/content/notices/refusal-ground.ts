import type { Locale } from "@/generated/prisma/client";
import az from "@/messages/reports/az.json" with { type: "json" };
import en from "@/messages/reports/en.json" with { type: "json" };
import ru from "@/messages/reports/ru.json" with { type: "json" };

// A refusal ground's name in a few words, as the programme's reports name it: the refusal SMS lists every reason by
// it, whole, where the reasons' full texts (often a paragraph each) had to be cut mid-sentence to fit; the family
// reads them in full on its page, which the SMS links to, in the e-mail and in the letter.

const GROUNDS: Record<Locale, Readonly<Record<string, string>>> = {
  az: az.reports.grounds,
  ru: ru.reports.grounds,
  en: en.reports.grounds,
};

/** The ground's short name, or null for a code the reports do not name (the reason's own text stands then). */
export function refusalGroundName(code: string, locale: Locale): string | null {
  return GROUNDS[locale][code] ?? null;
}
