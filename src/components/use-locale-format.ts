"use client";

import { useFormatter, useLocale } from "next-intl";
import { formatAzDate, formatAzNumber, type AzDateOptions, type AzNumberOptions } from "@/lib/i18n/az-format";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";
import { calendarDayInstant, dayOptions, type DayStyle } from "@/lib/i18n/calendar-day";

/** The options of AzDateOptions with the time zone optional, kept apart per kind of date. */
type DateOptions<T = AzDateOptions> = T extends unknown ? Omit<T, "timeZone"> & { timeZone?: string } : never;

/**
 * The formatter for client components: next-intl's, except in Azerbaijani, which browsers may lack the data for
 * (see az-format.ts). Dates default to Baku time, as the server's formatter does.
 */
export function useLocaleFormat() {
  const locale = useLocale();
  const format = useFormatter();
  const dateTime = (date: Date, options: DateOptions) => {
    const withZone: AzDateOptions = { timeZone: "Asia/Baku", ...options };
    // The 24-hour clock in every language (clock.ts); formatAzDate writes it so already.
    return locale === "az" ? formatAzDate(date, withZone) : format.dateTime(date, onTwentyFourHourClock(withZone));
  };
  return {
    dateTime,
    /** A calendar day ("2026-12-05") in the page's language. */
    day: (iso: string, style: DayStyle = "long") => dateTime(calendarDayInstant(iso), dayOptions(style)),
    number: (value: number, options: AzNumberOptions = {}) =>
      locale === "az" ? formatAzNumber(value, options) : format.number(value, options),
  };
}
