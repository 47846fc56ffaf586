import type { Locale } from "@/generated/prisma/client";

/**
 * The language an appeal was written in, which its answer is written and sent in: the one recorded with it (the
 * page the family filed it from, or the one staff chose at the office), or, for an appeal filed before the language
 * was recorded, the application's.
 */
export function appealLocale(appeal: { locale: Locale | null }, application: { locale: Locale }): Locale {
  return appeal.locale ?? application.locale;
}
