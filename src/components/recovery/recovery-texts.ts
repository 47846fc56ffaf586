import type { CompiledMessage } from "icu-minify/format";
import az from "@/messages/recovery/az.json";
import en from "@/messages/recovery/en.json";
import ru from "@/messages/recovery/ru.json";
import { locales, type AppLocale } from "@/i18n/locales";
import type { FaultTexts } from "./fault-texts";

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

/**
 * The error texts of `locale` for the global error page, which no server formats. The build compiles `reference`
 * into text around one plain argument, the digest (precompile-catalog.test.ts holds it so): split there, it needs
 * no formatter in the browser.
 */
export function globalFaultTexts(locale: AppLocale): FaultTexts {
  const { errorTitle, errorText, tryAgain, home, reference } = recoveryTexts[locale];
  const compiled = reference as CompiledMessage;
  if (typeof compiled === "string") return { errorTitle, errorText, tryAgain, home, reference: [compiled, ""] };
  const at = compiled.findIndex((part) => typeof part !== "string");
  const around = [compiled.slice(0, at).join(""), compiled.slice(at + 1).join("")] as const;
  return { errorTitle, errorText, tryAgain, home, reference: around };
}
