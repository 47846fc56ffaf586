import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationList } from "@/components/application-list";
import { Link } from "@/i18n/navigation";
import { AppealList } from "@/components/review/appeal-list";
import { AttentionList } from "@/components/review/attention-list";
import { ReviewQueue } from "@/components/review/review-queue";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

export default async function StaffHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const t = await getTranslations("staff");
  const tq = await getTranslations("reviewQueue");
  const ta = await getTranslations("auditLog");
  const api = await serverApi();
  const [attention, reviews, rows, regions, appeals] = await Promise.all([
    api.review.attention(),
    api.review.queue(),
    api.application.list(),
    api.reference.districts(),
    user.role === "SUPERVISOR" ? api.review.appeals() : Promise.resolve(null),
  ]);
  const district = regions.flatMap((r) => r.districts).find((d) => d.code === user.districtCode);
  const districtName = district && (locale === "ru" ? district.nameRu : locale === "en" ? district.nameEn : district.nameAz);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{districtName ? t("title", { district: districtName }) : t("titleAll")}</h1>
      {user.role === "SUPERVISOR" && <p><Link href="/audit" className="font-semibold text-brand-700 underline">{ta("link")}</Link></p>}
      {attention.length > 0 && <AttentionList rows={attention} />}
      {appeals && <AppealList rows={appeals} />}
      <ReviewQueue rows={reviews} />
      <section aria-labelledby="district-applications" className="space-y-2">
        <h2 id="district-applications" className="text-xl font-semibold">{tq("applications")}</h2>
        {rows.length === 0 ? <p>{t("empty")}</p> : <ApplicationList rows={rows} hrefBase="/staff/applications" showApplicant />}
      </section>
    </div>
  );
}
