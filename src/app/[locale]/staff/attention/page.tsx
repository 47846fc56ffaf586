import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CaseloadTable } from "@/components/workspace/caseload-table";
import { AttentionList } from "@/components/review/attention-list";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";
import { CASELOAD_COUNTS, type CaseloadCount } from "@/lib/workspace/caseload-counts";

export const generateMetadata = pageTitle("staffAttention");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The district's open cases with something to do (or all of them, or those behind one of the home page's figures:
 * `?kind=overdue`), by the day each waits for (the decision deadline; for a decided case, the day its appeal or
 * reported change came: `listCaseload`). An unknown kind reads as no filter. The plain view puts above them what the
 * chain cannot settle on its own (`listNeedsAttention`: stopped payments, rejected months, card accounts, …).
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
  const api = await serverApi();
  // The plain view is every case needing attention: what the chain cannot settle (stopped payments, rejected
  // months, …) as well as the flagged caseload, read as the home page reads it. `?all` and `?kind` are caseload
  // views (every open case, the cases behind one figure).
  const whole = !kind && !all ? await api.workspace.attention() : null;
  const load = whole ? whole.cases : await api.workspace.caseload(kind ? { kind } : { attentionOnly: false });
  const problems = whole?.problems ?? [];
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
      {problems.length > 0 && <AttentionList rows={problems} />}
      {whole ? (
        <section aria-labelledby="attention-cases" className="space-y-2">
          <h2 id="attention-cases" className="text-xl font-semibold">
            {t("queue.casesTitle", { count: load.rows.length })}
          </h2>
          {load.rows.length === 0 ? (
            <p role="status">{problems.length > 0 ? t("queue.kindEmpty") : t("queue.empty")}</p>
          ) : (
            <CaseloadTable rows={load.rows} caption={t("queue.caption", { count: load.rows.length })} />
          )}
        </section>
      ) : load.rows.length === 0 ? (
        <p role="status">{kind ? t("queue.kindEmpty") : t("queue.empty")}</p>
      ) : (
        <CaseloadTable rows={load.rows} caption={t("queue.caption", { count: load.rows.length })} />
      )}
      {load.truncated && <p>{t("queue.truncated", { count: load.rows.length })}</p>}
    </div>
  );
}
