import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationList } from "@/components/application-list";
import { StartApplicationForm } from "@/components/start-application-form";
import { requireRole } from "@/lib/require-role";
import { serverApi } from "@/lib/trpc/server";

export default async function MyApplicationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CITIZEN"]);
  const t = await getTranslations("my");
  const api = await serverApi();
  const [rows, regions] = await Promise.all([api.application.list(), api.reference.districts()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? <p>{t("empty")}</p> : <ApplicationList rows={rows} hrefBase="/applications" showApplicant={false} />}
      <StartApplicationForm regions={regions} />
    </div>
  );
}
