"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import type { TimelineEvent } from "./timeline-types";
import { useMonthName } from "@/components/assistance-year/payment-months";

/** The application's path, oldest first; new entries are announced to screen readers as they arrive. */
export function TimelineList({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("applicationPage");
  const format = useLocaleFormat();
  const monthName = useMonthName();
  const day = (iso: string | null) => (iso ? format.day(iso) : "—");
  const azn = (qepik: number | null) =>
    qepik === null ? "—" : format.number(qepik / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function text(e: TimelineEvent): string {
    switch (e.kind) {
      case "SUBMITTED":
        return t("events.SUBMITTED", { number: e.registrationNumber ?? "—" });
      case "INSPECTION_SCHEDULED":
        if (e.cancelled) return t("events.INSPECTION_CANCELLED", { date: e.date ? day(e.date) : "—" });
        if (!e.date) return t("events.INSPECTION_PENDING");
        // The half-day the SMS gave, so the page does not tell the family less than their phone did.
        return e.window
          ? t("events.INSPECTION_SCHEDULED_WINDOW", { date: day(e.date), from: e.window.from, to: e.window.to })
          : t("events.INSPECTION_SCHEDULED", { date: day(e.date) });
      case "INSPECTION_DONE":
        return e.bookedFor
          ? t("events.INSPECTION_DONE_OTHER_DAY", { date: day(e.date), booked: day(e.bookedFor) })
          : t("events.INSPECTION_DONE", { date: day(e.date) });
      case "DECISION":
        // A decision during the period rules from its effective day: the months before it stay as they were.
        if (e.effectiveFrom)
          return e.outcome === "ASSIGN"
            ? t("events.DECISION_CHANGED", {
                amount: azn(e.amountQepik),
                since: day(e.effectiveFrom),
                to: day(e.periodTo),
              })
            : t("events.DECISION_ENDED", { since: day(e.effectiveFrom) });
        return e.outcome === "ASSIGN"
          ? t("events.DECISION_ASSIGN", { amount: azn(e.amountQepik), from: day(e.periodFrom), to: day(e.periodTo) })
          : t("events.DECISION_REFUSE");
      case "BANK_CARD":
        if (e.sameCard) return t("events.BANK_CARD_SAME", { account: e.accountMasked ?? "—" });
        return t("events.BANK_CARD", {
          branch: e.branchName ?? "—",
          address: e.branchAddress ?? "—",
          date: day(e.cardPickupDate),
        });
      case "BANK_CARD_MOVED":
        // A move the audit kept without its address and day (before they were recorded): the branch alone.
        return e.branchAddress && e.cardPickupDate
          ? t("events.BANK_CARD_MOVED", { branch: e.branchName, address: e.branchAddress, date: day(e.cardPickupDate) })
          : t("events.BANK_CARD_MOVED_BRANCH", { branch: e.branchName });
      case "PAYMENTS_STOPPED":
        return t("events.PAYMENTS_STOPPED", { month: monthName(e.from, "from") });
      case "PAYMENTS_RESUME_REQUESTED":
        return e.resumeFrom
          ? t("events.PAYMENTS_RESUME_REQUESTED", { month: monthName(e.resumeFrom, "from") })
          : t("events.PAYMENTS_RESUME_REQUESTED_NONE");
      case "PAYMENT_REJECTED":
        return t(e.resend ? "events.PAYMENT_REJECTED_RESEND" : "events.PAYMENT_REJECTED", {
          month: monthName(e.month),
        });
      case "APPEAL_FILED":
        return t("events.APPEAL_FILED");
      case "APPEAL_ANSWERED":
        return t(`events.APPEAL_ANSWERED.${e.answer}`);
      default:
        return t(`events.${e.kind}`);
    }
  }

  return (
    <ol aria-live="polite" className="space-y-3 border-l-2 border-brand-600 pl-4" data-testid="timeline">
      {events.map((e) => (
        <li key={`${e.kind}-${new Date(e.at).getTime()}`} data-kind={e.kind}>
          <p className="font-medium">{text(e)}</p>
          <time dateTime={new Date(e.at).toISOString()} className="text-sm text-slate-700">
            {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}
          </time>
          {e.kind === "DECISION" && e.reasons.length > 0 && (
            <div className="mt-1">
              <p className="text-sm font-semibold">{t("reasons")}</p>
              <ul className="list-disc pl-5 text-sm">
                {e.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
