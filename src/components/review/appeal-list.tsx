import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export interface AppealRow {
  appealId: string;
  applicationId: string;
  registrationNumber: string | null;
  applicantName: string;
  decisionOutcome: "ASSIGN" | "REFUSE" | "REVIEW";
  reason: string;
  submittedAt: Date;
}

/** A supervisor's open appeals: the family's reason and a way to the appeal and its answer. */
export async function AppealList({ rows }: { rows: AppealRow[] }) {
  const t = await getTranslations("appealQueue");
  const format = await getFormatter();
  return (
    <section aria-labelledby="appeal-queue" className="space-y-2">
      <h2 id="appeal-queue" className="text-xl font-semibold">
        {t("title", { count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="appeal-queue"
        >
          {rows.map((a) => (
            <li key={a.appealId}>
              <Link href={`/staff/appeals/${a.appealId}`} className="block space-y-1 p-4">
                <span className="font-semibold">{a.registrationNumber}</span>
                <span className="block">{a.applicantName}</span>
                <span className="block text-sm">
                  {t("against", { outcome: t(`outcome.${a.decisionOutcome}`) })} ·{" "}
                  {t("filed", { date: format.dateTime(a.submittedAt, { dateStyle: "long" }) })}
                </span>
                <q className="block text-sm text-slate-700">{a.reason}</q>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
