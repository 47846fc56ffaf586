// The languages, apart from next-intl's routing (routing.ts): the browser's code that only needs the list (the
// language switcher, the error pages) then does not bundle next-intl's `defineRouting`.
export const locales = ["az", "ru", "en"] as const;
export type AppLocale = (typeof locales)[number];

/** Whether an address's first segment is one of the languages (next-intl's `hasLocale`, without importing next-intl). */
export const isAppLocale = (value: string): value is AppLocale => (locales as readonly string[]).includes(value);
