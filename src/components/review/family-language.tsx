"use client";

import { useTranslations } from "next-intl";

export type FamilyLocale = "az" | "ru" | "en";

/**
 * A field whose text reaches the family as written (a reviewer's reason, an appeal's explanation): its hint, shown
 * under the label, names the language the family reads and asks for the text in it — the application's locale, or
 * for an appeal's answer the language the family wrote the appeal in (`Appeal.locale`), which the answer's message
 * goes in. Nothing is translated; `lang` tells the browser's spelling check which language to expect.
 */
export function useFamilyLanguage() {
  const t = useTranslations("familyLanguage");
  return (familyLocale: FamilyLocale, writtenIn: "letters" | "appeal" = "letters") => ({
    hint: (hint: string) => `${t(writtenIn === "appeal" ? "appealHint" : "hint", { language: familyLocale })} ${hint}`,
    lang: familyLocale,
  });
}
