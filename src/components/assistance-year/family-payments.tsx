"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { FAMILY_PAGE_POLL_MS } from "@/components/application/family-page-poll";
import { monthsPending } from "./months-pending";
import { resumeConfirmation } from "./resume-confirmation";
import { PaymentMonths, useMonthName } from "./payment-months";
import { useLocaleFormat } from "@/components/use-locale-format";

/**
 * The assistance year on the family's page (docs/payments.md, "What the family sees"): its months, the request to
 * resume when payments are stopped, and "apply again" from a month before the period ends. The confirmation of a
 * request comes from the stored request, so it stays on the page after a reload, until the resumption month is paid
 * or past. After a later decision ended the
 * assistance, its months and the line saying so, without the actions.
 */
export function FamilyPayments({ applicationId }: { applicationId: string }) {
  const t = useTranslations("assistanceYear");
  const te = useTranslations("errors");
  const locale = useLocale() as "az" | "ru" | "en";
  const monthName = useMonthName();
  const { day } = useLocaleFormat();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.assistanceYear.months.queryOptions({ applicationId });
  // The months are planned a moment after the decision (docs/background-chain.md): a page that saw ASSIGNED first
  // asks again until they are there, as the application's own page does.
  const { data: view } = useQuery({
    ...options,
    refetchInterval: (q) => (monthsPending(q.state.data) ? FAMILY_PAGE_POLL_MS : false),
  });
  const resume = useMutation(
    trpc.assistanceYear.resume.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: options.queryKey }),
    }),
  );
  const applyAgain = useMutation(
    trpc.assistanceYear.applyAgain.mutationOptions({ onSuccess: (a) => router.push(`/apply/${a.id}`) }),
  );
  // Once a later decision ended the assignment the months stay (paid, cancelled…), with the line that it ended
  // (PaymentMonths); what only makes sense while it runs (resuming, a resumption's confirmation, apply again) goes.
  if (!view || (!view.assignment && view.months.length === 0)) return null;

  const { stop, renewal, assignment } = view;
  // Only while it is news: gone once the resumption month is paid or past (resume-confirmation.ts).
  const confirmation = resumeConfirmation(view);
  // A stop the family's request already lifted is never offered again, with or without its confirmation.
  const lifted = stop !== null && view.lastResume?.stoppedFrom === stop.stoppedFrom;

  return (
    <section aria-labelledby="payments-title" className="space-y-4" data-testid="family-payments">
      <h2 id="payments-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {stop && !lifted && (
        <div
          role="group"
          aria-labelledby="stop-title"
          className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4"
          data-testid="payments-stopped"
        >
          <h3 id="stop-title" className="font-semibold">
            {t("stop.title")}
          </h3>
          <p>{t("stop.why", { month: monthName(stop.stoppedFrom, "from") })}</p>
          {stop.resumable && stop.resumeFrom ? (
            <>
              <p>{t("stop.what", { month: monthName(stop.resumeFrom, "from") })}</p>
              <button
                type="button"
                className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60 sm:w-auto"
                disabled={resume.isPending}
                onClick={() => resume.mutate({ applicationId })}
                data-testid="resume-payments"
              >
                {t("stop.button")}
              </button>
            </>
          ) : (
            <p>{t("stop.lastMonth")}</p>
          )}
          {resume.error && (
            <p role="alert" className="font-medium text-red-700">
              {te(errorKeyOf(resume.error))}
            </p>
          )}
        </div>
      )}
      {confirmation && (
        <p
          role="status"
          className="rounded-lg border border-brand-600 bg-white p-4 font-medium"
          data-testid="resume-confirmation"
        >
          {confirmation.resumeFrom
            ? t(confirmation.byStaff ? "resumedAtOffice" : "resumed", {
                month: monthName(confirmation.resumeFrom, "from"),
              })
            : t("resumedNothing")}
        </p>
      )}
      {assignment && renewal?.offered && (
        <div className="space-y-2 rounded-lg border border-brand-600 bg-white p-4" data-testid="renewal-offer">
          <h3 className="font-semibold">{t("renewal.title")}</h3>
          <p>
            {assignment.ended
              ? t("renewal.after", { date: day(assignment.periodTo) })
              : t("renewal.text", { date: day(assignment.periodTo) })}
          </p>
          <button
            type="button"
            className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60 sm:w-auto"
            disabled={applyAgain.isPending || applyAgain.isSuccess}
            onClick={() => applyAgain.mutate({ applicationId, locale })}
            data-testid="apply-again"
          >
            {t("renewal.button")}
          </button>
          {applyAgain.error && (
            <p role="alert" className="font-medium text-red-700">
              {te(errorKeyOf(applyAgain.error))}
            </p>
          )}
        </div>
      )}
      <PaymentMonths view={view} />
    </section>
  );
}
