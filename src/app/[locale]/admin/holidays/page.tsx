import { nameIn } from "@/kernel/localized-name";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { HolidayYearForm, type HolidayRow } from "@/components/admin/holiday-year-form";
import { Link } from "@/i18n/navigation";
import { bakuDate } from "@/kernel/calendar-date";
import { holidayYearRange } from "@/lib/law/holiday-year-range";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("holidays");

/** An administrator enters (or corrects) a year's Cabinet decision on holidays; the year defaults to the first not yet entered. */
export default async function HolidaysPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("adminHolidays");
  const tc = await getTranslations("adminConsole");
  const format = await getFormatter();
  const holidays = await (await serverApi()).reference.holidays();
  const thisYear = Number(bakuDate(new Date()).slice(0, 4));
  const lastEntered = Math.max(thisYear - 1, ...holidays.map((h) => h.date.getUTCFullYear()));
  const { year: askedYear } = await searchParams;
  const askedText = (Array.isArray(askedYear) ? askedYear[0] : askedYear)?.trim();
  const range = holidayYearRange(askedText, thisYear);
  const year = range.kind === "ok" ? range.year : lastEntered + 1;
  const ofYear = holidays.filter((h) => h.date.getUTCFullYear() === year);
  const rows: HolidayRow[] = ofYear.map((h) => ({
    date: h.date.toISOString().slice(0, 10),
    kind: h.kind,
    nameAz: h.nameAz,
    nameRu: h.nameRu,
    nameEn: h.nameEn,
    provisional: h.provisional,
  }));
  // This year to the first year not yet entered, and the one asked for when it lies beyond.
  const years = [
    ...new Set([...Array.from({ length: Math.max(lastEntered + 2 - thisYear, 1) }, (_, i) => thisYear + i), year]),
  ].sort((a, b) => a - b);
  const name = (h: (typeof ofYear)[number]) => nameIn(locale, h);

  return (
    <div className="space-y-6">
      <Link href="/admin" className="inline-block py-2 text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
      {/* A year that cannot be entered is said, with why, instead of silently opening another. Years go as text:
          as numbers they would be grouped ("2 040"). */}
      {range.kind !== "ok" && range.kind !== "none" && (
        <p role="alert" className="rounded border-2 border-amber-600 bg-amber-50 p-3" data-testid="year-refused">
          {t(`yearRefused.${range.kind}`, {
            // As typed, cut short: it is the address's text, not a year.
            asked: (askedText ?? "").slice(0, 12),
            from: String(range.from),
            to: String(range.to),
            shown: String(year),
          })}
        </p>
      )}
      <p>{t("lead")}</p>
      <form method="get" className="flex items-end gap-2">
        <label className="block">
          {t("year")}
          <select name="year" defaultValue={year} className="mt-1 block rounded border border-slate-400 px-3 py-2">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-600 px-3 py-2 font-semibold text-brand-700">
          {t("chooseYear")}
        </button>
      </form>
      {ofYear.length > 0 && (
        <ul className="list-disc pl-6" data-testid="entered-days">
          {ofYear.map((h) => (
            <li key={h.date.toISOString()}>
              {format.dateTime(h.date, { dateStyle: "medium", timeZone: "UTC" })} — {name(h)} ({t(`kinds.${h.kind}`)})
              {h.provisional ? `, ${tc("provisional")}` : ""}
            </li>
          ))}
        </ul>
      )}
      <HolidayYearForm key={year} year={year} initial={rows} legalReference={ofYear[0]?.legalReference ?? ""} />
    </div>
  );
}
