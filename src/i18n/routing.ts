import { defineRouting } from "next-intl/routing";
import { locales } from "./locales";

export { locales, type AppLocale } from "./locales";

// Azerbaijani is the state language and the default; the language is always in the URL so a shared link
// opens in the language it was sent in.
export const routing = defineRouting({
  locales,
  defaultLocale: "az",
  localePrefix: "always",
});
