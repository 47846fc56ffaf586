import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationList } from "@/components/application-list";
import { StartApplicationButton } from "@/components/start-application-button";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("my");

export default async function MyApplicationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CITIZEN"]);
  const t = await getTranslations("my");
  const api = await serverApi();
  const { rows } = await api.application.list();
  const hasDraft = rows.some((r) => r.status === "DRAFT");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ApplicationList rows={rows} hrefBase="/applications" draftHrefBase="/apply" showApplicant={false} />
      )}
      <StartApplicationButton label={hasDraft ? t("continue") : t("start")} />
    </div>
  );
}
