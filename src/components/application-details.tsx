import { getFormatter, getTranslations } from "next-intl/server";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

export interface ApplicationDetailsData {
  registrationNumber: string | null;
  status: string;
  district: { nameAz: string; nameRu: string; nameEn: string } | null;
  members: { id: string; firstName: string; lastName: string; birthDate: Date; relation: string }[];
  statusChanges: { id: string; toStatus: string; at: Date }[];
}

export async function ApplicationDetails({
  application,
  locale,
}: {
  application: ApplicationDetailsData;
  locale: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const district = application.district;
  const districtName = district
    ? locale === "ru"
      ? district.nameRu
      : locale === "en"
        ? district.nameEn
        : district.nameAz
    : "—";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t("application.title")} {application.registrationNumber ?? `(${t("my.notYetRegistered")})`}
      </h1>
      <dl className="grid wrap-anywhere grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("staff.status")}</dt>
        <dd data-testid="application-status">{t(`status.${application.status}`)}</dd>
        <dt className="font-medium">{t("application.district")}</dt>
        <dd>{districtName}</dd>
      </dl>
      {application.members.length > 0 && (
        <section aria-labelledby="members">
          <h2 id="members" className="mb-2 text-xl font-semibold">
            {t("application.members")}
          </h2>
          <ul className="list-disc pl-6">
            {application.members.map((m) => (
              <li key={m.id}>
                {m.firstName} {m.lastName}, {format.dateTime(m.birthDate, { dateStyle: "medium", timeZone: "UTC" })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="timeline">
        <h2 id="timeline" className="mb-2 text-xl font-semibold">
          {t("application.timeline")}
        </h2>
        <ol className="space-y-1 border-l-2 border-brand-600 pl-4">
          {application.statusChanges.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{t(`status.${c.toStatus}`)}</span>{" "}
              <time dateTime={c.at.toISOString()} className="text-sm text-slate-600">
                {format.dateTime(c.at, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "short" }))}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
