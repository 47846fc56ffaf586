"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { ZReviewConfirmation } from "@/lib/review/review-answer";
import { errorKeysOf } from "@/lib/trpc/field-error-keys";
import { useTRPC } from "@/lib/trpc/react";
import { TextArea } from "@/components/form/labelled-field";
import { buttonClass } from "@/components/inspection/touch-fields";

/** The second pair of eyes: confirm the override, or send it back with a reason. */
export function ReviewConfirmForm({ reviewId }: { reviewId: string }) {
  const t = useTranslations();
  const f = useTranslations("reviewForm");
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const confirm = useMutation(trpc.review.confirm.mutationOptions());

  async function send(input: unknown) {
    const parsed = ZReviewConfirmation.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "errors.invalidInput");
    setError(null);
    try {
      await confirm.mutateAsync(parsed.data);
      router.refresh();
    } catch (failure) {
      const keys = errorKeysOf(failure);
      setError(keys.fields.reason ?? keys.summary);
    }
  }

  return (
    <section aria-labelledby="confirm-title" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="confirm-title" className="text-xl font-semibold">
        {f("confirmTitle")}
      </h2>
      <p>{f("confirmHint")}</p>
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
        announce
        label={f("returnReason")}
        error={error ? t(error) : undefined}
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
