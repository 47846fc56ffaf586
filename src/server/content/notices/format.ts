import type { Locale } from "@/generated/prisma/client";
import { parseIsoDate } from "@/kernel/calendar-date";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export { formatAzn } from "@/kernel/money";

/** A calendar date "YYYY-MM-DD" as people read it: 15.03.2026 in Azerbaijani and Russian, 15 Mar 2026 in English. */
export function formatDate(isoDate: string, locale: Locale): string {
  const d = parseIsoDate(isoDate);
  if (d === null) throw new RangeError(`not a calendar date: "${isoDate}"`);
  if (locale === "en") return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
  return `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
}
