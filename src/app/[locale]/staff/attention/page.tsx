import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CaseloadTable } from "@/components/workspace/caseload-table";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";
import { CASELOAD_COUNTS, type CaseloadCount } from "@/lib/workspace/caseload-counts";

export const generateMetadata = pageTitle("staffAttention");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The district's open cases with something to do (or all of them, or those behind one of the home page's figures:
 * `?kind=overdue`), by the day each waits for (the decision deadline; for a decided case, the day its appeal or
 * reported change came: `listCaseload`). An unknown kind reads as no filter.
 */
export default async function AttentionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ all?: string | string[]; kind?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const raw = await searchParams;
  const kind: CaseloadCount | undefined = CASELOAD_COUNTS.find((k) => k === first(raw.kind));
  const all = !kind && first(raw.all) === "1";
  const t = await getTranslations("workspace");
  const load = await (await serverApi()).workspace.caseload(kind ? { kind } : { attentionOnly: !all });
  const title = kind ? t(`counts.${kind}`) : all ? t("allCases") : t("queue.title");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{kind ? t("queue.kindLead") : t("queue.lead")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/staff/attention" aria-current={!all && !kind ? "page" : undefined} className="underline">
          {t("queue.title")}
        </Link>
        <Link href="/staff/attention?all=1" aria-current={all ? "page" : undefined} className="underline">
          {t("allCases")}
        </Link>
      </p>
      {load.rows.length === 0 ? (
        <p role="status">{kind ? t("queue.kindEmpty") : t("queue.empty")}</p>
      ) : (
        <CaseloadTable rows={load.rows} caption={t("queue.caption", { count: load.rows.length })} />
      )}
      {load.truncated && <p>{t("queue.truncated", { count: load.rows.length })}</p>}
    </div>
  );
}
