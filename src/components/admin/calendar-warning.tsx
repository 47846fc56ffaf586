import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { calendarWarning } from "@/kernel/calendar-coverage";

/** The banner shown to staff and administrators from 90 days before the entered holiday calendar runs out. */
export async function CalendarWarning({ holidayDates, today }: { holidayDates: string[]; today: string }) {
  const warning = calendarWarning(holidayDates, today);
  if (!warning) return null;
  const t = await getTranslations("adminConsole");
  const formatDay = await getDayFormat();
  const date = formatDay(warning.lastCoveredDay, "medium");
  return (
    <p
      role="alert"
      className="rounded border border-amber-500 bg-amber-50 p-3 font-medium"
      data-testid="calendar-warning"
    >
      {t("calendarEnds", { date, days: warning.daysLeft })}
    </p>
  );
}
