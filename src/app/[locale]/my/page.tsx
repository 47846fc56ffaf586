import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
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
  const [{ rows }, blocker] = await Promise.all([api.application.list(), api.application.startBlocker()]);
  const hasDraft = rows.some((r) => r.status === "DRAFT");
  const formatDay = await getDayFormat();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ApplicationList rows={rows} hrefBase="/applications" draftHrefBase="/apply" showApplicant={false} />
      )}
      {/* A draft is always resumed; a new one is offered only when it could be submitted. */}
      {hasDraft || !blocker ? (
        <StartApplicationButton label={hasDraft ? t("continue") : t("start")} />
      ) : (
        <p data-testid="cannot-start" className="rounded-lg border border-slate-300 bg-white p-4">
          {blocker.code === "familyHasOpenApplication"
            ? t("cannotStartOpen")
            : t("cannotStartRunning", { until: formatDay(blocker.until), opensOn: formatDay(blocker.opensOn) })}
        </p>
      )}
    </div>
  );
}
