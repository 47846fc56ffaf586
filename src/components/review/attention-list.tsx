import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AttentionRow } from "@/server/services/reviews/list-needs-attention";
import { ReorderCardAccount } from "./reorder-card-account";

/**
 * The district's cases the chain cannot move on its own, oldest problem first; the page shows it only when there
 * are any. A card account the bank did not open can be ordered again from here. Titled apart from the caseload's
 * flagged cases beside it (both are parts of *Needs attention*), so two blocks never carry one title; `level` is
 * the heading's level where it stands (a part of the home page's section, or a section of the attention page).
 */
export async function AttentionList({ rows, level = 2 }: { rows: AttentionRow[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const t = await getTranslations("attention");
  const payroll = await getTranslations("payrollAttention");
  const format = await getFormatter();
  return (
    <section aria-labelledby="needs-attention" className="space-y-2">
      <Heading id="needs-attention" className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {t("title", { count: rows.length })}
      </Heading>
      <ul
        className="divide-y divide-slate-200 rounded-lg border border-amber-300 bg-white"
        data-testid="needs-attention"
      >
        {rows.map((r) => (
          <li key={`${r.kind}-${r.applicationId}-${r.detail ?? ""}`} data-kind={r.kind} className="space-y-3 p-4">
            <Link href={`/staff/applications/${r.applicationId}`} className="block space-y-1">
              <span className="font-semibold">{r.registrationNumber ?? "—"}</span>
              <span className="block">{r.applicantName}</span>
              <span className="block">
                {r.kind === "PAYMENTS_STOPPED"
                  ? payroll("stopped")
                  : r.kind === "PAYMENT_REJECTED"
                    ? payroll("rejected")
                    : t(`kinds.${r.kind}`)}
              </span>
              <span className="block text-sm text-slate-700">
                {t("since", { date: format.dateTime(r.since, { dateStyle: "long", timeZone: "Asia/Baku" }) })}
                {r.detail ? ` · ${r.detail}` : ""}
              </span>
            </Link>
            {/* A button cannot sit inside the link: it goes beside it. */}
            {r.kind === "BANK_NOT_OPENED" && <ReorderCardAccount applicationId={r.applicationId} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
