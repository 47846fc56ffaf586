import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CaseloadTable } from "@/components/workspace/caseload-table";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("staffAttention");

/** The district's open cases with something to do (or all of them), the nearest decision deadline first. */
export default async function AttentionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ all?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const all = (await searchParams).all === "1";
  const t = await getTranslations("workspace");
  const load = await (await serverApi()).workspace.caseload({ attentionOnly: !all });
  const title = all ? t("allCases") : t("queue.title");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{t("queue.lead")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/staff/attention" aria-current={!all ? "page" : undefined} className="underline">
          {t("queue.title")}
        </Link>
        <Link href="/staff/attention?all=1" aria-current={all ? "page" : undefined} className="underline">
          {t("allCases")}
        </Link>
      </p>
      {load.rows.length === 0 ? (
        <p role="status">{t("queue.empty")}</p>
      ) : (
        <CaseloadTable rows={load.rows} caption={t("queue.caption", { count: load.rows.length })} />
      )}
      {load.truncated && <p>{t("queue.truncated", { count: load.rows.length })}</p>}
    </div>
  );
}
