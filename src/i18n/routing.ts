import { defineRouting } from "next-intl/routing";

export const locales = ["az", "ru", "en"] as const;
export type AppLocale = (typeof locales)[number];

// Azerbaijani is the state language and the default; the language is always in the URL so a shared link
// opens in the language it was sent in.
export const routing = defineRouting({
  locales,
  defaultLocale: "az",
  localePrefix: "always",
});
