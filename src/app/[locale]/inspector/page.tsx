import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

/** The inspector's visits by day, today first: what a tablet opens at the start of the working day. */
export default async function InspectorHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["INSPECTOR"]);
  const t = await getTranslations("visits");
  const format = await getFormatter();
  const days = await (await serverApi()).inspection.myVisits();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {days.length === 0 && <p>{t("empty")}</p>}
      {days.map((day) => (
        <section key={day.date ?? "undated"} aria-labelledby={`day-${day.date ?? "undated"}`} className="space-y-2">
          <h2 id={`day-${day.date ?? "undated"}`} className="text-xl font-semibold">
            {day.date === null
              ? t("undated")
              : day.isToday
                ? t("today", { date: format.dateTime(new Date(`${day.date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" }) })
                : format.dateTime(new Date(`${day.date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" })}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="visit-list">
            {day.visits.map((v) => (
              <li key={v.inspectionId}>
                <Link href={`/inspector/visits/${v.inspectionId}`} className="block min-h-12 space-y-1 p-4 text-lg">
                  <span className="block font-semibold">{v.address ?? t("noAddress")}</span>
                  <span className="block">{v.applicantName} · {v.registrationNumber}</span>
                  <span className="block text-base text-slate-700">
                    {t(`status.${v.status}`)}
                    {v.attempt > 1 ? ` · ${t("repeatVisit")}` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
