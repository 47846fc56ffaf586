"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import type { AssistanceYearView } from "./assistance-year-types";
import { manatText } from "@/lib/i18n/manat-text";
import { amountSince } from "@/lib/assistance-year/amount-since";
import { monthText } from "@/lib/assistance-year/month-text";

/** A month's name as the pages write it (lib/assistance-year/month-text.ts); `"from"` after "from". */
export function useMonthName() {
  const t = useTranslations("assistanceYear");
  return (ym: string, form: "name" | "from" = "name") => monthText(t, ym, form);
}

export function useAzn() {
  const format = useLocaleFormat();
  return (qepik: number) => manatText(qepik, format.number);
}

/**
 * The assignment's months as a three-column list that fits a narrow phone screen: month, amount, status in
 * words; arrears payments below. Above them, the assignment's amount, period and state, or, once a later decision
 * ended it, that it ended and from when. Shared by the family's page and the staff case file.
 */
export function PaymentMonths({ view }: { view: AssistanceYearView }) {
  const t = useTranslations("assistanceYear");
  const monthName = useMonthName();
  const azn = useAzn();
  const { day } = useLocaleFormat();
  const a = view.assignment;
  const since = a && amountSince(view.months, a.amountQepik);
  const end = a ? null : view.endedByDecision;
  return (
    <div className="space-y-3">
      {end && (
        <p className="font-semibold" data-testid="assistance-ended">
          {end.effectiveFrom === null
            ? t("endedByDecision", { date: day(end.decidedOn) })
            : t(end.inForce ? "endedFrom" : "endsFrom", { date: day(end.effectiveFrom) })}
        </p>
      )}
      {a && (
        <p data-testid="assignment-summary">
          {since === null
            ? t("assigned", { amount: azn(a.amountQepik), from: day(a.periodFrom), to: day(a.periodTo) })
            : t("assignedChanged", {
                amount: azn(a.amountQepik),
                since: day(since),
                from: day(a.periodFrom),
                to: day(a.periodTo),
              })}
          {/* A running assignment says no more: the period above already ends on its last day. */}
          {(view.renewedBy || a.ended) && (
            <>
              {" "}
              <span data-testid="assignment-state">
                {view.renewedBy ? t("renewedBy", { number: view.renewedBy }) : t("ended")}
              </span>
            </>
          )}
        </p>
      )}
      {view.paidEarlier.map((p) => (
        <p key={p.number} data-testid="paid-earlier">
          {t("paidEarlier", { number: p.number, months: p.months.map((m) => monthName(m)).join(", ") })}
        </p>
      ))}
      {view.months.length === 0 ? (
        <p className="text-slate-700">{t("noMonths")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm sm:text-base" data-testid="payment-months">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-2 font-semibold">
                {t("month")}
              </th>
              <th scope="col" className="py-2 pr-2 text-right font-semibold">
                {t("amount")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.months.map((m) => (
              <tr
                key={m.month}
                className="border-b border-slate-200"
                data-testid={`month-${m.month}`}
                data-status={m.view}
              >
                <th scope="row" className="py-2 pr-2 font-normal">
                  {monthName(m.month)}
                </th>
                <td className="whitespace-nowrap py-2 pr-2 text-right tabular-nums">{azn(m.amountQepik)}</td>
                <td
                  className={`py-2 ${m.view === "STOPPED" || m.view === "NOT_PAID" ? "font-semibold text-red-800" : ""}`}
                >
                  {t(`view.${m.view}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.arrears.length > 0 && (
        <section aria-labelledby="arrears-title">
          <h3 id="arrears-title" className="font-semibold">
            {t("arrears")}
          </h3>
          <ul className="list-disc pl-6" data-testid="arrears">
            {view.arrears.map((r, i) => (
              <li key={i}>
                {azn(r.amountQepik)}: {t(`arrearsStatus.${r.status}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
