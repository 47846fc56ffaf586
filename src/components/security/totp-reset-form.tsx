"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { SelectField, TextArea } from "@/components/form/labelled-field";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

const REASONS = ["LOST_DEVICE", "NEW_DEVICE", "SECRET_UNREADABLE", "OTHER"] as const;
type Reason = (typeof REASONS)[number];
const isReason = (v: string): v is Reason => REASONS.some((r) => r === v);

/** An administrator removes another staff member's second factor, with a reason; they enrol again on their next click. */
export function TotpResetForm({ userId }: { userId: string }) {
  const t = useTranslations("totpReset");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState<Reason>("LOST_DEVICE");
  const [note, setNote] = useState("");
  const alert = useRef<HTMLParagraphElement>(null);
  const reset = useMutation(trpc.staffSecurity.resetTotp.mutationOptions({ onSuccess: () => router.refresh() }));
  const failure = reset.error ? businessErrorOf(reset.error) : null;
  return (
    <form
      noValidate
      className="grid max-w-xl gap-3"
      data-testid="totp-reset-form"
      onSubmit={(e) => {
        e.preventDefault();
        // A refusal takes the cursor, to the note it names or to the message: it fell to the page's body.
        reset.mutate(
          { userId, reason, note },
          {
            onError: (error) =>
              requestAnimationFrame(() =>
                (businessErrorOf(error)?.field === "note"
                  ? document.getElementById("totp-reset-note")
                  : alert.current
                )?.focus(),
              ),
          },
        );
      }}
    >
      <SelectField
        id="totp-reset-reason"
        label={t("reason")}
        value={reason}
        onChange={(e) => setReason(isReason(e.target.value) ? e.target.value : "OTHER")}
      >
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`reasons.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextArea
        id="totp-reset-note"
        label={t("note")}
        hint={t("noteHint")}
        value={note}
        maxLength={300}
        onChange={(e) => setNote(e.target.value)}
        error={failure?.field === "note" ? te(failure.code) : null}
      />
      <div>
        <button
          type="submit"
          disabled={reset.isPending}
          className="rounded-lg border border-red-700 px-5 py-2 font-semibold text-red-800 disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
      {reset.error && failure?.field !== "note" && (
        <p ref={alert} tabIndex={-1} role="alert" className="font-medium text-red-700" data-testid="totp-reset-error">
          {te(errorKeyOf(reset.error))}
        </p>
      )}
      {reset.isSuccess && (
        <p role="status" className="font-medium text-green-800" data-testid="totp-reset-done">
          {t("done")}
        </p>
      )}
    </form>
  );
}
