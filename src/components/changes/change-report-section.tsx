"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLocaleFormat } from "@/components/use-locale-format";
import { incomeLabelKey } from "@/lib/changes/change-report";
import { useTRPC } from "@/lib/trpc/react";
import { manatText } from "@/lib/i18n/manat-text";
import { FAMILY_PAGE_POLL_MS } from "@/components/application/family-page-poll";
import { WaitingForConnection } from "@/components/application/waiting-for-connection";
import { ChangeReportForm } from "./change-report-form";

/**
 * The family's changes during its assignment (issue 14): the 15-working-day reporting duty, the form while the
 * assignment runs, and each report with its outcome. Everything typed stays in the form until the server takes it.
 */
export function ChangeReportSection({ applicationId, onDecided }: { applicationId: string; onDecided?: () => void }) {
  const t = useTranslations("changes");
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.changes.reports.queryOptions({ applicationId });
  const pending = (statuses: string[]) => statuses.some((s) => s === "RECEIVED" || s === "REASSESSING");
  const { data } = useQuery({
    ...options,
    refetchInterval: (q) => (pending(q.state.data?.reports.map((r) => r.status) ?? []) ? FAMILY_PAGE_POLL_MS : false),
  });
  const [sent, setSent] = useState(false);
  const day = format.day;
  const azn = (q: number) => manatText(q, format.number);
  const [seenDecided, setSeenDecided] = useState<number | null>(null);
  const decided = data?.reports.filter((r) => r.status === "DECIDED").length ?? 0;
  if (data && seenDecided !== decided) {
    if (seenDecided !== null && decided > seenDecided) {
      onDecided?.();
      // "We are assessing it" is over once the decision is on the page.
      setSent(false);
    }
    setSeenDecided(decided);
  }
  const report = useMutation(trpc.changes.report.mutationOptions());

  if (!data || (!data.canReport && data.reports.length === 0)) return null;

  return (
    <section
      aria-labelledby="change-title"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="change-reports"
    >
      <h2 id="change-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p data-testid="change-duty">{t("duty")}</p>
      {data.reports.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("reports")}</h3>
          <ul className="space-y-2">
            {data.reports.map((r) => (
              <li key={r.id} data-testid="change-report" className="rounded border border-slate-200 p-2">
                <span className="font-medium">
                  {t(`kinds.${r.kind}`)}
                  {r.income && ` (${t(incomeLabelKey(r.income))})`}
                </span>
                {/* Whom it concerns, the amount where there is one, and the day of the change. */}
                <span data-testid="change-report-subject">
                  {": "}
                  {[
                    r.member,
                    r.address,
                    r.monthlyQepik !== null && t("perMonth", { amount: azn(r.monthlyQepik) }),
                    t("changedOnDay", { date: day(r.changedOn) }),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </span>{" "}
                — {t("reportedOn", { date: day(r.reportedOn) })}{" "}
                <span data-testid="change-report-status">{t(`status.${r.status}`)}</span>
                {r.atOffice && <span className="block text-sm">{t("atOffice")}</span>}
                {!r.reportedInTime && <span className="block text-sm text-red-700">{t("late")}</span>}
                {r.decision && r.decision.effectiveFrom && (
                  <span className="block font-medium" data-testid="change-report-decision">
                    {r.decision.outcome === "ASSIGN" && r.decision.amountQepik !== null
                      ? t("newAmount", { amount: azn(r.decision.amountQepik), date: day(r.decision.effectiveFrom) })
                      : t("ends", { date: day(r.decision.effectiveFrom) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sent && (
        <p role="status" className="rounded-lg border border-brand-600 p-3 font-medium">
          {t("sent")}
        </p>
      )}
      {data.canReport && (
        <ChangeReportForm
          members={data.members}
          send={(change) => report.mutateAsync({ applicationId, ...change })}
          onSent={() => {
            setSent(true);
            void queryClient.invalidateQueries({ queryKey: options.queryKey });
          }}
        />
      )}
      {data.canReport && <WaitingForConnection waiting={report.isPaused} />}
    </section>
  );
}
