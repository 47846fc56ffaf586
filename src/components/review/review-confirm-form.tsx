"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { ZReviewConfirmation } from "@/lib/review/review-answer";
import { errorKeysOf } from "@/lib/trpc/field-error-keys";
import { useTRPC } from "@/lib/trpc/react";
import { FieldErrorSummary, focusRefusal } from "@/components/form/field-error-summary";
import { TextArea } from "@/components/form/labelled-field";
import { buttonClass } from "@/components/inspection/touch-fields";

/** The second pair of eyes: confirm the override, or send it back with a reason. */
export function ReviewConfirmForm({ reviewId }: { reviewId: string }) {
  const t = useTranslations();
  const f = useTranslations("reviewForm");
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  // Catalog keys: the reason's problem, beside it and named in the summary, and a refusal of the form as a whole.
  const [refusal, setRefusal] = useState<{ reason?: string; general?: string }>({});
  const confirm = useMutation(trpc.review.confirm.mutationOptions());
  const fields = [{ id: "returnReason", label: f("returnReason") }];
  const summaryRef = useRef<HTMLDivElement>(null);

  function refuse(found: { reason?: string; general?: string }) {
    setRefusal(found);
    focusRefusal(fields, { returnReason: found.reason }, summaryRef);
  }

  async function send(input: unknown) {
    const parsed = ZReviewConfirmation.safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues.find((issue) => issue.path[0] === "reason")?.message;
      return refuse(reason ? { reason } : { general: "errors.invalidInput" });
    }
    setRefusal({});
    try {
      // Confirmed or sent back meanwhile (another tab, another supervisor): nothing was recorded, and reading the
      // page again would take the form and this message away.
      if (!(await confirm.mutateAsync(parsed.data)).changed) return refuse({ general: "reviewForm.settledMeanwhile" });
      router.refresh();
    } catch (failure) {
      const keys = errorKeysOf(failure);
      refuse(keys.fields.reason ? { reason: keys.fields.reason } : { general: keys.summary });
    }
  }
  const reasonError = refusal.reason ? t(refusal.reason) : undefined;

  return (
    <section aria-labelledby="confirm-title" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="confirm-title" className="text-xl font-semibold">
        {f("confirmTitle")}
      </h2>
      <p>{f("confirmHint")}</p>
      <FieldErrorSummary
        fields={fields}
        errors={{ returnReason: reasonError }}
        general={refusal.general ? t(refusal.general) : null}
        testId="confirm-errors"
        summaryRef={summaryRef}
      />
      <button
        type="button"
        disabled={confirm.isPending}
        className={`${buttonClass} bg-brand-600 text-white`}
        onClick={() => send({ reviewId, action: "CONFIRM" })}
      >
        {f("confirm")}
      </button>
      <TextArea
        id="returnReason"
        touch
        label={f("returnReason")}
        error={reasonError}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button
        type="button"
        disabled={confirm.isPending}
        className={`${buttonClass} border border-slate-500`}
        onClick={() => send({ reviewId, action: "RETURN", reason })}
      >
        {f("return")}
      </button>
    </section>
  );
}
