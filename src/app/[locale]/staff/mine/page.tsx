import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseloadTable } from "@/components/workspace/caseload-table";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("staffMine");

/**
 * A caseworker's or supervisor's own open cases: a review assigned to them (to answer or confirm), an appeal assigned
 * to them, and those they answered a review of or wrote a note on; each assigned one linked to its page.
 */
export default async function MyCasesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CASEWORKER", "SUPERVISOR"]);
  const t = await getTranslations("workspace.queue");
  const load = await (await serverApi()).workspace.caseload({ mine: true });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("mineTitle")}</h1>
      <p>{t("mineLead")}</p>
      {load.rows.length === 0 ? (
        <p role="status">{t("mineEmpty")}</p>
      ) : (
        <CaseloadTable rows={load.rows} caption={t("caption", { count: load.rows.length })} />
      )}
    </div>
  );
}
