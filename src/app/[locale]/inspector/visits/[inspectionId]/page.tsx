import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { InspectionForm } from "@/components/inspection/inspection-form";
import { MissedVisitForm } from "@/components/inspection/missed-visit-form";
import { Link } from "@/i18n/navigation";
import { bakuDate } from "@/lib/baku-date";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

/** One home visit: who lives there, and the form to record what the inspector finds. */
export default async function VisitPage({ params }: { params: Promise<{ locale: string; inspectionId: string }> }) {
  const { locale, inspectionId } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["INSPECTOR"]);
  const t = await getTranslations("visits");
  const format = await getFormatter();
  const visit = await (await serverApi()).inspection.visit({ inspectionId });
  const app = visit.application;
  const district = app.district && (locale === "ru" ? app.district.nameRu : locale === "en" ? app.district.nameEn : app.district.nameAz);
  const members = app.members.map((m) => ({ fin: m.fin, name: [m.lastName, m.firstName, m.patronymic].filter(Boolean).join(" ") }));
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <Link href="/inspector" className="inline-block min-h-12 py-3 text-lg text-brand-700 underline">{t("back")}</Link>
      <h1 className="text-2xl font-bold">{app.address ?? t("noAddress")}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
        <dt className="font-medium">{t("registrationNumber")}</dt><dd>{app.registrationNumber}</dd>
        {district && <><dt className="font-medium">{t("district")}</dt><dd>{district}</dd></>}
        {app.contactPhone && <><dt className="font-medium">{t("phone")}</dt><dd><a href={`tel:${app.contactPhone}`} className="underline">{app.contactPhone}</a></dd></>}
        {visit.scheduledFor && <><dt className="font-medium">{t("scheduledFor")}</dt><dd>{date(visit.scheduledFor)}</dd></>}
        <dt className="font-medium">{t("statusLabel")}</dt><dd data-testid="inspection-status">{t(`status.${visit.status}`)}</dd>
      </dl>
      <section aria-labelledby="family" className="space-y-2">
        <h2 id="family" className="text-xl font-semibold">{t("family")}</h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {app.members.map((m) => (
            <li key={m.fin} className="p-3 text-lg">
              <span className="font-semibold">{[m.lastName, m.firstName, m.patronymic].filter(Boolean).join(" ")}</span>
              <span className="block text-base">{t(`relation.${m.relation}`)} · {t("born", { date: date(m.birthDate) })}</span>
            </li>
          ))}
        </ul>
      </section>
      {visit.status === "SCHEDULED" ? (
        <>
          <section aria-labelledby="record" className="space-y-3">
            <h2 id="record" className="text-xl font-semibold">{t("recordTitle")}</h2>
            <InspectionForm inspectionId={visit.inspectionId} members={members} today={bakuDate(new Date())} />
          </section>
          <MissedVisitForm inspectionId={visit.inspectionId} />
        </>
      ) : (
        <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-4 text-lg">
          {visit.status === "COMPLETED" && visit.completedAt
            ? t("recordedOn", { date: format.dateTime(visit.completedAt, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Baku" }) })
            : t("closed", { status: t(`status.${visit.status}`) })}
        </p>
      )}
    </div>
  );
}
