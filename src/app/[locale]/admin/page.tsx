import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

export default async function AdminHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["ADMIN"]);
  const t = await getTranslations("admin");
  const ta = await getTranslations("auditLog");
  const th = await getTranslations("systemHealth");
  const tw = await getTranslations("whatIf");
  const format = await getFormatter();
  const api = await serverApi();
  const [parameters, holidays] = await Promise.all([api.reference.parameters(), api.reference.holidays()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <p><Link href="/audit" className="text-lg font-semibold text-brand-700 underline">{ta("link")}</Link></p>
      <p><Link href="/admin/health" className="text-lg font-semibold text-brand-700 underline">{th("link")}</Link></p>
      <p><Link href="/admin/what-if" className="text-lg font-semibold text-brand-700 underline">{tw("link")}</Link></p>
      <table className="w-full text-left text-sm" data-testid="parameters">
        <caption className="text-left font-semibold">{t("parameters")}</caption>
        <thead>
          <tr><th scope="col">{t("code")}</th><th scope="col">{t("validFrom")}</th><th scope="col">{t("value")}</th><th scope="col">{t("source")}</th></tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <td>{p.code}</td><td>{day(p.validFrom)}</td><td>{p.value} {p.unit}</td><td>{p.legalReference}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full text-left text-sm" data-testid="holidays">
        <caption className="text-left font-semibold">{t("holidays")}</caption>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.date.toISOString()} className="border-t border-slate-200">
              <td>{day(h.date)}</td><td>{locale === "ru" ? h.nameRu : locale === "en" ? h.nameEn : h.nameAz}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
