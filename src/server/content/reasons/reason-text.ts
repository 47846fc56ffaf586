import { createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import az from "@/messages/reasons/az.json" with { type: "json" };
import en from "@/messages/reasons/en.json" with { type: "json" };
import ru from "@/messages/reasons/ru.json" with { type: "json" };
import { failOnMessageError, oncePerLocale } from "../once-per-locale";

// The words of every reason live in the `reasons` catalogs (src/messages/reasons): a translator edits JSON only.
// They are imported statically because a reason is written inside a background step or a transaction, outside
// React and outside any request. The import attribute lets Node's own ESM loader (Playwright specs that set up
// decisions) read them too.

/** Typed by the English catalog; the catalogs test keeps every language's keys and placeholders identical. */
type ReasonMessages = typeof en;

const catalogs: Record<Locale, ReasonMessages> = { az, ru, en };

function translatorFor(locale: Locale) {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace: "reasons",
    onError: failOnMessageError,
  });
}

export type ReasonTranslator = ReturnType<typeof translatorFor>;

/** The translator of the `reasons` namespace in `locale`, made once per language. */
export const reasonText: (locale: Locale) => ReasonTranslator = oncePerLocale(translatorFor);
