import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationList } from "@/components/application-list";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

export default async function InspectorHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["INSPECTOR"]);
  const t = await getTranslations("inspector");
  const rows = await (await serverApi()).application.list();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? <p>{t("empty")}</p> : <ApplicationList rows={rows} hrefBase="/inspector/visits" showApplicant />}
    </div>
  );
}
