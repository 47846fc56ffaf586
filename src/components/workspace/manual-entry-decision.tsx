"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { TextArea } from "@/components/form/labelled-field";
import { useTRPC } from "@/lib/trpc/react";
import { MANUAL_ENTRY_REASON_MAX, ZManualEntryDecision } from "@/lib/workspace/manual-agency-entry";

/** A second supervisor confirms facts entered by hand, or rejects them with a reason; the page is read again. */
export function ManualEntryDecisionForm({ entryId }: { entryId: string }) {
  const t = useTranslations("wsManualEntry");
  const trpc = useTRPC();
  const decide = useMutation(trpc.workspace.decideAgencyData.mutationOptions());
  const [reason, setReason] = useState("");
  const { summary, summaryRef, fail, err, send } = useFormErrors();

  async function answer(e: FormEvent, action: "CONFIRM" | "REJECT") {
    e.preventDefault();
    const input = action === "CONFIRM" ? { entryId, action } : { entryId, action, reason };
    const checked = ZManualEntryDecision.safeParse(input);
    if (!checked.success) {
      const fields: Record<string, string> = {};
      for (const issue of checked.error.issues) fields[`decision-${String(issue.path[0])}`] ??= issue.message;
      return fail("errors.invalidInput", fields);
    }
    await send(() => decide.mutateAsync(checked.data));
  }

  const id = `decision-reason-${entryId}`;
  return (
    <form noValidate onSubmit={(e) => answer(e, "CONFIRM")} className="space-y-2" data-testid="manual-entry-decision">
      <FormAlert summary={summary} summaryRef={summaryRef} />
      <TextArea
        id={id}
        rows={2}
        maxLength={MANUAL_ENTRY_REASON_MAX}
        label={t("rejectReason")}
        hint={t("rejectReasonHint")}
        error={err("decision-reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={decide.isPending}
          className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t("confirm")}
        </button>
        <button
          type="button"
          disabled={decide.isPending}
          onClick={(e) => answer(e, "REJECT")}
          className="min-h-11 rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-800 disabled:opacity-60"
        >
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
