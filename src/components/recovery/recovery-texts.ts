import az from "@/messages/recovery/az.json";
import en from "@/messages/recovery/en.json";
import ru from "@/messages/recovery/ru.json";
import { locales, type AppLocale } from "@/i18n/routing";

// For the two pages rendered outside the locale layout (root not-found, global error), where no
// next-intl provider exists: the same catalog texts, read directly. The recovery texts have a catalog of their own
// so that the global error page, in every page's first load, carries only them in its three languages.
export const recoveryTexts: Record<AppLocale, (typeof az)["recovery"]> = {
  az: az.recovery,
  ru: ru.recovery,
  en: en.recovery,
};

export const languageNames: Record<AppLocale, string> = { az: "Azərbaycanca", ru: "Русский", en: "English" };

/** The locale an address starts with, if any (`/ru/my` → `ru`). */
export function localeOfPath(pathname: string | null): AppLocale | undefined {
  const first = pathname?.split("/")[1];
  return locales.find((l) => l === first);
}
