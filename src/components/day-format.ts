import { getFormatter } from "next-intl/server";
import { calendarDayInstant, dayOptions, type DayStyle } from "@/lib/i18n/calendar-day";

/** For server components: a calendar day in the request's language ("5 dekabr 2026"); useLocaleFormat().day in the browser. */
export async function getDayFormat() {
  const format = await getFormatter();
  return (iso: string, style: DayStyle = "long") => format.dateTime(calendarDayInstant(iso), dayOptions(style));
}
