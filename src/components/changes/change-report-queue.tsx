import type { inferRouterOutputs } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { Link } from "@/i18n/navigation";
import type { AppRouter } from "@/server/api/root";

type Row = inferRouterOutputs<AppRouter>["changes"]["inReview"][number];

/** The district's change reports the engine sent to review, with their count; each opens its case page's answer. */
export async function ChangeReportQueue({ rows }: { rows: Row[] }) {
  const t = await getTranslations("changes");
  const tq = await getTranslations("reviewQueue");
  const formatDay = await getDayFormat();
  return (
    <section aria-labelledby="change-report-queue" className="space-y-2">
      <h2 id="change-report-queue" className="text-xl font-semibold" data-testid="change-report-queue-title">
        {t("queue.title", { count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="change-report-queue"
        >
          {rows.map((r) => (
            <li key={r.reportId}>
              <Link
                href={`/staff/applications/${r.applicationId}#change-report-${r.reportId}`}
                className="block space-y-1 p-4"
              >
                <span className="font-semibold">{r.registrationNumber}</span>
                <span className="block">{r.applicantName}</span>
                <span className="block text-sm">
                  {t(`staff.kinds.${r.kind}`)} ·{" "}
                  {t("queue.reported", {
                    date: formatDay(r.reportedOn),
                  })}
                  {r.reportedInTime ? "" : ` · ${t("queue.late")}`}
                  {r.proposedOutcome
                    ? ` · ${t("queue.proposal", { outcome: tq(`outcome.${r.proposedOutcome}`) })}`
                    : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
