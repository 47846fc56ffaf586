"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import type { AssistanceYearView } from "./assistance-year-types";
import { useMonthName } from "./payment-months";
import { CheckboxField } from "@/components/form/checkbox-field";

const CANCEL_REASONS = ["PAID_OTHERWISE", "FAMILY_DECLINED"] as const;
type CancelReason = (typeof CANCEL_REASONS)[number];

type Rejection = AssistanceYearView["rejections"][number];
const BANK_REASONS = ["ACCOUNT_BLOCKED", "LIMIT_EXCEEDED", "BANK_TECHNICAL_ERROR", "ACCOUNT_NOT_FOUND"] as const;

/** The bank's reason code in the reader's words; a code without words is named as the bank's code. */
function useBankReason() {
  const t = useTranslations("assistanceYear.rejectedMonth");
  return (code: string | null) => {
    if (code === null) return t("bankReasonNone");
    const known = BANK_REASONS.find((r) => r === code);
    return known ? t(`bankReasons.${known}`) : t("bankReasonOther", { code });
  };
}

/**
 * Staff's two answers to a month the bank rejected (docs/payments.md, "A rejected payment"): send it again once the
 * account is checked, or cancel it with a reason. One form per rejected month, below the month list, saying the
 * bank's reason and whether the next payroll sends it again by itself (the family's message promised so; a month
 * cancelled then would break that promise). Below the forms, every month the bank rejected stays listed once it was
 * sent again, paid or cancelled, so the case file keeps that it was.
 */
export function RejectedMonthActions({ view }: { view: AssistanceYearView }) {
  const t = useTranslations("assistanceYear.rejectedMonth");
  const monthName = useMonthName();
  const bankReason = useBankReason();
  // A month answered here stays in the list after the refresh moves it out of NOT_PAID, so its confirmation shows.
  const [answered, setAnswered] = useState<readonly string[]>([]);
  const shown = view.months.filter((m) => m.view === "NOT_PAID" || answered.includes(m.entitlementId));
  const past = view.rejections.filter((r) => !r.open);
  if (shown.length === 0 && past.length === 0) return null;
  return (
    <div className="space-y-3">
      {shown.map((m) => (
        <RejectedMonth
          key={m.entitlementId}
          applicationId={view.applicationId}
          entitlementId={m.entitlementId}
          month={m.month}
          rejection={view.rejections.find((r) => r.entitlementId === m.entitlementId && r.open) ?? null}
          onAnswered={() => setAnswered((ids) => [...ids, m.entitlementId])}
        />
      ))}
      {past.length > 0 && (
        <section aria-labelledby="rejected-history-h" data-testid="rejected-history">
          <h3 id="rejected-history-h" className="font-semibold">
            {t("historyTitle")}
          </h3>
          <ul className="list-disc pl-6">
            {past.map((r) => (
              <li key={r.entitlementId} data-testid={`rejected-history-${r.month}`}>
                {t("history", { month: monthName(r.month), times: r.times, reason: bankReason(r.reasonCode) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function RejectedMonth(props: {
  applicationId: string;
  entitlementId: string;
  month: string;
  rejection: Rejection | null;
  onAnswered: () => void;
}) {
  const t = useTranslations("assistanceYear.rejectedMonth");
  const bankReason = useBankReason();
  const te = useTranslations("errors");
  const monthName = useMonthName();
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [reason, setReason] = useState<CancelReason>("PAID_OTHERWISE");
  // Either answer changes the month list above, so the page's server data is read again.
  const refresh = {
    onSuccess: () => {
      props.onAnswered();
      router.refresh();
    },
  };
  const resend = useMutation(trpc.assistanceYear.resendRejected.mutationOptions(refresh));
  const cancel = useMutation(trpc.assistanceYear.cancelRejected.mutationOptions(refresh));
  const ref = { applicationId: props.applicationId, entitlementId: props.entitlementId };
  const busy = resend.isPending || cancel.isPending;
  const error = resend.error ?? cancel.error;

  if (resend.isSuccess || cancel.isSuccess)
    return (
      <p role="status" className="font-medium text-green-800" data-testid={`rejected-${props.month}-result`}>
        {resend.isSuccess ? t("resent") : t("cancelled")}
      </p>
    );
  return (
    <section
      aria-labelledby={`${id}-h`}
      className="space-y-3 rounded-lg border border-red-200 p-3"
      data-testid={`rejected-${props.month}`}
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {t("heading", { month: monthName(props.month) })}
      </h3>
      {props.rejection && (
        <p data-testid={`rejected-${props.month}-reason`}>
          {t("bankReason", { reason: bankReason(props.rejection.reasonCode) })}
        </p>
      )}
      {props.rejection?.retryWith ? (
        <p className="font-medium" data-testid={`rejected-${props.month}-retry`}>
          {t("retryWith", { month: monthName(props.rejection.retryWith) })}
        </p>
      ) : (
        <p>
          {props.rejection && `${t("noRetry")} `}
          {t("explain")}
        </p>
      )}
      <CheckboxField
        id={`${id}-confirm`}
        label={t("confirm")}
        checked={confirmed}
        onCheckedChange={setConfirmed}
        className="py-1"
      />
      <button
        type="button"
        className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
        disabled={busy || !confirmed}
        onClick={() => resend.mutate({ ...ref, accountConfirmed: true })}
      >
        {/* The payroll sends it by itself: this is for a family whose card works again before then. */}
        {props.rejection?.retryWith ? t("resendNow") : t("resend")}
      </button>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span>{t("reason")}</span>
          <select
            className="rounded-lg border border-slate-400 px-3 py-3"
            value={reason}
            onChange={(e) => setReason(CANCEL_REASONS.find((r) => r === e.target.value) ?? "PAID_OTHERWISE")}
          >
            {CANCEL_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reasons.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="rounded-lg border border-red-700 px-5 py-3 font-semibold text-red-800 disabled:opacity-60"
          disabled={busy}
          onClick={() => cancel.mutate({ ...ref, reason })}
        >
          {t("cancel")}
        </button>
      </div>
      {error && (
        <p role="alert" className="font-medium text-red-700" data-testid={`rejected-${props.month}-result`}>
          {te(errorKeyOf(error))}
        </p>
      )}
    </section>
  );
}
