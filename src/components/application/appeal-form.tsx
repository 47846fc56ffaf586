"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { TextArea, fieldId } from "@/components/wizard/fields";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { APPEAL_REASON_MIN } from "@/lib/wizard/appeal";
import { WaitingForConnection } from "./waiting-for-connection";

/**
 * The family's appeal against the decision, from its application's page. It is filed in the page's language, which
 * the supervisor answers in and the answer's message goes in (a family that applied in Azerbaijani may write from
 * the Russian page).
 */
export function AppealForm({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const t = useTranslations("applicationPage.appeal");
  const locale = useLocale() as "az" | "ru" | "en";
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  // An object, so that the same refusal again is a new one and takes the cursor back to the reason.
  const [error, setError] = useState<{ key: string } | null>(null);
  useEffect(() => {
    if (error) document.getElementById(fieldId("appeal.reason"))?.focus();
  }, [error]);
  const appeal = useMutation(
    trpc.application.appeal.mutationOptions({ onSuccess: onDone, onError: (e) => setError({ key: errorKeyOf(e) }) }),
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim().length < APPEAL_REASON_MIN) return setError({ key: "appealReasonTooShort" });
    setError(null);
    appeal.mutate({ applicationId, reason, locale });
  }

  return (
    <section aria-labelledby="appeal-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="appeal-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      <form noValidate onSubmit={onSubmit} className="space-y-3">
        <TextArea
          path="appeal.reason"
          label={t("reason")}
          hint={t("reasonHint")}
          error={error ? te(error.key) : null}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={5}
          maxLength={4000}
          required
        />
        <button
          type="submit"
          disabled={appeal.isPending}
          className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60 sm:w-auto"
        >
          {t("submit")}
        </button>
        <WaitingForConnection waiting={appeal.isPaused} />
      </form>
    </section>
  );
}
