import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { CASELOAD_COUNTS, type CaseloadCount } from "@/lib/workspace/caseload-counts";

export type CaseloadCounts = Record<CaseloadCount, number>;

/** The day's figures of the district, each a link to the list of exactly the cases behind it. */
export async function CaseloadCountsPanel({ counts }: { counts: CaseloadCounts }) {
  const t = await getTranslations("workspace.counts");
  const items = CASELOAD_COUNTS.map((k) => ({ key: k, value: counts[k] }));
  return (
    <section aria-labelledby="caseload-counts" className="space-y-2">
      <h2 id="caseload-counts" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6" data-testid="caseload-counts">
        {items.map((i) => (
          <li key={i.key}>
            <Link
              href={{ pathname: "/staff/attention", query: { kind: i.key } }}
              className={`block rounded-lg border p-3 ${i.key === "overdue" && i.value > 0 ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
              data-count={i.key}
            >
              <span className="block text-2xl font-bold">{i.value}</span>
              <span className="block text-sm">{t(i.key)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
