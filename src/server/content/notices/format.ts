import type { Locale } from "@/generated/prisma/client";
import { parseIsoDate } from "@/kernel/calendar-date";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Money is kept in integer qəpik; it is only turned into manat text here, without floating point. */
export function formatAzn(qepik: number, locale: Locale): string {
  if (!Number.isSafeInteger(qepik)) throw new RangeError("amount must be an integer number of qəpik");
  const sign = qepik < 0 ? "-" : "";
  const abs = Math.abs(qepik);
  const manat = String(Math.trunc(abs / 100));
  const cents = String(abs % 100).padStart(2, "0");
  const groupSep = locale === "en" ? "," : " ";
  const decimalSep = locale === "en" ? "." : ",";
  const grouped = manat.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  return `${sign}${grouped}${decimalSep}${cents} AZN`;
}

/** A calendar date "YYYY-MM-DD" as people read it: 15.03.2026 in Azerbaijani and Russian, 15 Mar 2026 in English. */
export function formatDate(isoDate: string, locale: Locale): string {
  const d = parseIsoDate(isoDate);
  if (d === null) throw new RangeError(`not a calendar date: "${isoDate}"`);
  if (locale === "en") return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
  return `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}.${d.year}`;
}
