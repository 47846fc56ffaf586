import { formatAzDate } from "@/lib/i18n/az-format";
import { calendarDayInstant, dayOptions } from "@/lib/i18n/calendar-day";

/**
 * A calendar day in the wizard's language, as the other pages' useLocaleFormat writes it but without next-intl's
 * formatter (the wizard page does without it): Azerbaijani by hand (browsers may lack its data, az-format.ts), the
 * other languages by the browser's Intl.
 */
export function wizardDay(iso: string, locale: string): string {
  const day = calendarDayInstant(iso);
  const options = dayOptions("long");
  return locale === "az" ? formatAzDate(day, options) : new Intl.DateTimeFormat(locale, options).format(day);
}
