import { createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import az from "@/messages/reasons/az.json";
import en from "@/messages/reasons/en.json";
import ru from "@/messages/reasons/ru.json";

// The words of every reason live in the `reasons` catalogs (src/messages/reasons): a translator edits JSON only.
// They are imported statically because a reason is written inside a background step or a transaction, outside
// React and outside any request.

/** Typed by the English catalog; the catalogs test keeps every language's keys and placeholders identical. */
type ReasonMessages = typeof en;

const catalogs: Record<Locale, ReasonMessages> = { az, ru, en };

function translatorFor(locale: Locale) {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace: "reasons",
    // A broken placeholder must fail the decision, never store a key as a family's reason.
    onError: (error) => {
      throw error;
    },
  });
}

export type ReasonTranslator = ReturnType<typeof translatorFor>;

const translators = new Map<Locale, ReasonTranslator>();

/** The translator of the `reasons` namespace in `locale`, made once per language. */
export function reasonText(locale: Locale): ReasonTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = translatorFor(locale);
    translators.set(locale, t);
  }
  return t;
}
