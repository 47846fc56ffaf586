import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/components/day-format";
import { Link } from "@/i18n/navigation";
import type { AssignedWork, CaseloadRow } from "@/server/services/workspace/list-caseload";
import { flagHref } from "./flag-href";

type AppealWork = Extract<AssignedWork, { kind: "appeal" }>;

const th = "sticky top-0 bg-slate-100 px-3 py-2 text-left font-semibold";
const td = "px-3 py-2 align-top";

/**
 * Cases as a wide table, in the order `listCaseload` gives (by the day each waits for): the applicant's name beside
 * the FIN, the days left in words, overdue rows marked by colour and in words (never by colour alone). A decided
 * case (listed for an appeal or a reported change) shows, in place of its long-met deadline, what the family waits
 * on and since when. In "My cases" a review or appeal assigned to the viewer is linked under the registration
 * number, to the page where it is answered. A flag that names work links to where it is done (`flagHref`). Days are
 * written in full, as the staff home's other lists write them ("December 28, 2026", not also "Dec 28, 2026").
 */
export async function CaseloadTable({ rows, caption }: { rows: CaseloadRow[]; caption: string }) {
  const t = await getTranslations("workspace.queue");
  const ts = await getTranslations("status");
  const formatDay = await getDayFormat();
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full min-w-[56rem] border-collapse text-sm" data-testid="caseload">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {(["registration", "applicant", "fin", "status", "due", "daysLeft", "flagsHeader"] as const).map((c) => (
              <th key={c} scope="col" className={th}>
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const overdue = r.flags.includes("OVERDUE");
            // An appeal sent from another district: its page is what the viewer may open, not the case file.
            const appeal = r.assigned.find((w): w is AppealWork => w.kind === "appeal");
            return (
              <tr
                key={r.applicationId}
                data-overdue={overdue || undefined}
                className={`border-t border-slate-200 ${overdue ? "bg-red-50" : ""}`}
              >
                <td className={`${td} whitespace-nowrap`}>
                  <Link
                    href={
                      r.outsideDistrict && appeal
                        ? `/staff/appeals/${appeal.appealId}`
                        : `/staff/applications/${r.applicationId}`
                    }
                    className="font-semibold text-brand-700 underline"
                  >
                    {r.registrationNumber ?? "—"}
                  </Link>
                  {r.assigned.length > 0 && (
                    <ul className="mt-1 space-y-1" data-testid="assigned-work">
                      {r.assigned.map((w) => (
                        <li key={w.kind === "review" ? w.reviewId : w.appealId}>
                          <Link
                            href={w.kind === "review" ? `/staff/reviews/${w.reviewId}` : `/staff/appeals/${w.appealId}`}
                            className="text-brand-700 underline"
                          >
                            {t(`assignedWork.${w.kind}`)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={td}>{r.applicantName}</td>
                <td className={`${td} font-mono`}>{r.applicantFin ?? "—"}</td>
                <td className={td}>{ts(r.status)}</td>
                <td className={`${td} whitespace-nowrap`} data-testid="caseload-due">
                  {r.decisionDueOn ? (
                    formatDay(r.decisionDueOn)
                  ) : r.waitingOn.length > 0 ? (
                    <ul>
                      {r.waitingOn.map((w) => (
                        <li key={w.kind}>{t(`waitingOn.${w.kind}`, { day: formatDay(w.since) })}</li>
                      ))}
                    </ul>
                  ) : (
                    t("noDeadline")
                  )}
                </td>
                <td className={`${td} whitespace-nowrap ${overdue ? "font-semibold text-red-800" : ""}`}>
                  {r.daysLeft === null
                    ? t("noDeadline")
                    : r.daysLeft < 0
                      ? t("overdueBy", { days: -r.daysLeft })
                      : t("left", { days: r.daysLeft })}
                </td>
                <td className={td}>
                  <ul className="flex flex-wrap gap-1">
                    {r.flags.map((f) => {
                      const href = flagHref(r, f);
                      return (
                        <li
                          key={f}
                          className={`rounded px-2 py-0.5 text-xs font-medium ${f === "OVERDUE" ? "bg-red-700 text-white" : "bg-amber-100 text-amber-950"}`}
                        >
                          {href ? (
                            <Link href={href} className="underline" data-testid="caseload-flag-link">
                              {t(`flags.${f}`)}
                            </Link>
                          ) : (
                            t(`flags.${f}`)
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
