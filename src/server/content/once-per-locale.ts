import type { Locale } from "@/generated/prisma/client";

/** `make(locale)` made once per language and kept: the catalogs' translators are built on first use. */
export function oncePerLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

/** A missing entry or a broken placeholder fails the step or the decision, never reaches a family as a key. */
export function failOnMessageError(error: Error): never {
  throw error;
}
