import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { Link } from "@/i18n/navigation";

export interface ReviewQueueRow {
  reviewId: string;
  status: "OPEN" | "AWAITING_CONFIRMATION" | "DONE";
  registrationNumber: string | null;
  applicantName: string;
  decisionDueOn: string | null;
  proposedOutcome: "ASSIGN" | "REFUSE" | "REVIEW" | null;
  answeredBy: string | null;
  assignedTo: string | null;
  assignedToMe: boolean;
}

/** The reviews waiting for a person in the district, oldest first. */
export async function ReviewQueue({ rows }: { rows: ReviewQueueRow[] }) {
  const t = await getTranslations("reviewQueue");
  const formatDay = await getDayFormat();
  return (
    <section aria-labelledby="review-queue" className="space-y-2">
      <h2 id="review-queue" className="text-xl font-semibold">
        {t("title", { count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="review-queue"
        >
          {rows.map((r) => (
            <li key={r.reviewId}>
              <Link href={`/staff/reviews/${r.reviewId}`} className="block space-y-1 p-4">
                <span className="font-semibold">{r.registrationNumber}</span>
                <span className="block">{r.applicantName}</span>
                <span className="block text-sm">
                  {t(`status.${r.status}`)}
                  {r.answeredBy ? ` · ${t("answeredBy", { name: r.answeredBy })}` : ""}
                  {r.proposedOutcome ? ` · ${t("proposal", { outcome: t(`outcome.${r.proposedOutcome}`) })}` : ""}
                </span>
                <span className="block text-sm" data-testid="review-queue-assignee">
                  {r.assignedToMe
                    ? t("assignedToMe")
                    : r.assignedTo
                      ? t("assignedTo", { name: r.assignedTo })
                      : t("unassigned")}
                </span>
                {r.decisionDueOn && (
                  <span className="block text-sm text-slate-600">
                    {t("due", {
                      date: formatDay(r.decisionDueOn),
                    })}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
