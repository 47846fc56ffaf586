import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { type APPLICATION_STATUSES, isOpenStatus } from "@/kernel/application-statuses";

export interface ApplicationRow {
  id: string;
  registrationNumber: string | null;
  status: (typeof APPLICATION_STATUSES)[number];
  createdAt: Date;
  decisionDueOn: Date | null;
  applicant: { name: string; fin?: string | null };
}

/** The applications a person may see, as a list that reads well on a phone. */
export async function ApplicationList({
  rows,
  hrefBase,
  showApplicant,
  draftHrefBase,
}: {
  rows: ApplicationRow[];
  hrefBase: string;
  showApplicant: boolean;
  draftHrefBase?: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <ul
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      data-testid="application-list"
    >
      {rows.map((row) => (
        <li key={row.id} className="p-4">
          <Link
            href={`${row.status === "DRAFT" && draftHrefBase ? draftHrefBase : hrefBase}/${row.id}`}
            className="block space-y-1"
          >
            <span className="font-semibold">{row.registrationNumber ?? t("my.notYetRegistered")}</span>
            {showApplicant && (
              <span className="block">
                {t("staff.applicant")}: {row.applicant.name}
                {row.applicant.fin ? <span className="font-mono"> · {row.applicant.fin}</span> : null}
              </span>
            )}
            <span className="block text-sm">
              {t("staff.status")}: {t(`status.${row.status}`)}
            </span>
            {/* The decision's deadline only while it is awaited: on a decided application it would read as pending. */}
            {row.status === "DRAFT" ? (
              <span className="block text-sm text-slate-600">
                {t("my.createdOn", { date: format.dateTime(row.createdAt, { dateStyle: "long" }) })}
              </span>
            ) : (
              isOpenStatus(row.status) &&
              row.decisionDueOn && (
                <span className="block text-sm text-slate-600" data-testid="decision-due">
                  {t("staff.due")}: {format.dateTime(row.decisionDueOn, { dateStyle: "long", timeZone: "UTC" })}
                </span>
              )
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
