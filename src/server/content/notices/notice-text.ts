import { createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import az from "@/messages/notices/az.json" with { type: "json" };
import en from "@/messages/notices/en.json" with { type: "json" };
import ru from "@/messages/notices/ru.json" with { type: "json" };
import { failOnMessageError, oncePerLocale } from "../once-per-locale";

// The words of every SMS and e-mail live in the `notices` catalogs (src/messages/notices), so a translator edits
// JSON only; the templates choose which entries to say and fill in the figures. The catalogs are imported
// statically: a message is rendered inside a background step, outside React and outside any request.

/** Typed by the English catalog; the catalogs test keeps every language's keys and placeholders identical. */
type NoticeMessages = typeof en;

const catalogs: Record<Locale, NoticeMessages> = { az, ru, en };

function translatorFor(locale: Locale) {
  return createTranslator({
    locale,
    messages: catalogs[locale],
    namespace: "notices",
    onError: failOnMessageError,
  });
}

export type NoticeTranslator = ReturnType<typeof translatorFor>;

/** The translator of the `notices` namespace in `locale`, made once per language. */
export const noticeText: (locale: Locale) => NoticeTranslator = oncePerLocale(translatorFor);

/** An ICU `select` argument for an optional part of a text: "yes" when it is there. */
export const present = (value: unknown): "yes" | "no" => (value === null || value === undefined ? "no" : "yes");

/** A text a sentence ends with, less its own full stops (an address written "… mən. 12."), so none is doubled. */
export const withoutFullStop = (text: string): string => text.replace(/[.\s]+$/, "");
