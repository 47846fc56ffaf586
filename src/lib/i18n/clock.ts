/**
 * Times of day are written on the 24-hour clock in every language. Azerbaijani and Russian write them so anyway;
 * English would default to "3:45 PM" beside the "09:00–13:00" of a home visit's half-day, which the SMS and the
 * page give on the 24-hour clock, as Baku reads time. A date without a time is left as it is.
 */
export function onTwentyFourHourClock<const T extends object>(options: T): T & { hourCycle?: "h23" } {
  return "timeStyle" in options && options.timeStyle !== undefined ? { ...options, hourCycle: "h23" } : options;
}
