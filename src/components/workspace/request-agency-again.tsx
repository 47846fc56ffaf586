"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { useTRPC } from "@/lib/trpc/react";
import type { AgencyCode } from "@/kernel/agency-services";

/** Asks one agency again for what it did not answer; the page reads the case file again afterwards. */
export function RequestAgencyAgain({
  applicationId,
  agency,
  agencyName,
}: {
  applicationId: string;
  agency: AgencyCode;
  agencyName: string;
}) {
  const t = useTranslations("wsCaseFile");
  const trpc = useTRPC();
  const ask = useMutation(trpc.workspace.requestAgencyAgain.mutationOptions());
  const [done, setDone] = useState<{ answered: number; missing: number } | null>(null);
  const { summary, summaryRef, send } = useFormErrors();
  return (
    <div className="mt-1 space-y-1">
      <FormAlert summary={summary} summaryRef={summaryRef} />
      <button
        type="button"
        disabled={ask.isPending}
        aria-label={t("askAgainFor", { agency: agencyName })}
        onClick={() => send(async () => setDone(await ask.mutateAsync({ applicationId, agency })))}
        className="min-h-10 rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-700 disabled:opacity-60"
      >
        {ask.isPending ? t("askingAgain") : t("askAgain")}
      </button>
      <p role="status" className="text-xs">
        {done ? t("askedAgain", done) : ""}
      </p>
    </div>
  );
}
