"use client";

import { useTranslations } from "next-intl";

export type FamilyLocale = "az" | "ru" | "en";

/**
 * A field whose text reaches the family as written (a reviewer's reason, an appeal's explanation): its hint, shown
 * under the label, names the language the family reads (the application's locale) and asks for the text in it.
 * Nothing is translated; `lang` tells the browser's spelling check which language to expect.
 */
export function useFamilyLanguage() {
  const t = useTranslations("familyLanguage");
  return (familyLocale: FamilyLocale) => ({
    hint: (hint: string) => `${t("hint", { language: familyLocale })} ${hint}`,
    lang: familyLocale,
  });
}
