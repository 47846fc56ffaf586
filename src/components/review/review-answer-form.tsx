"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ZReviewAnswer } from "@/lib/review/review-answer";
import { useTRPC } from "@/lib/trpc/react";
import { NothingRecorded, useFormErrors } from "@/components/form/form-errors";
import { FieldErrorSummary, refusedGroupClass } from "@/components/form/field-error-summary";
import { describedBy, FieldError, TextArea } from "@/components/form/labelled-field";
import { buttonClass } from "@/components/inspection/touch-fields";
import { useFamilyLanguage, type FamilyLocale } from "./family-language";

/** The reviewer's answer: assign or refuse, with the reason the family and a later appeal will read. */
export function ReviewAnswerForm({
  reviewId,
  proposedOutcome,
  familyLocale,
}: {
  reviewId: string;
  proposedOutcome: string | null;
  familyLocale: FamilyLocale;
}) {
  const t = useTranslations();
  const f = useTranslations("reviewForm");
  const family = useFamilyLanguage()(familyLocale);
  const trpc = useTRPC();
  const [answer, setAnswer] = useState("");
  const [reason, setReason] = useState("");
  // Named and linked in the summary, in page order; "answer" is the first radio button, which takes the cursor.
  const fields = [
    { id: "answer", label: f("answer") },
    { id: "reason", label: f("reason") },
  ];
  const { summaryRef, fail, send, err, generalSummary } = useFormErrors({ fieldOrder: fields.map((x) => x.id) });
  const fieldErrors = { answer: err("answer"), reason: err("reason") };
  const general = generalSummary(fieldErrors);
  const submit = useMutation(trpc.review.answer.mutationOptions());
  const overrides = answer !== "" && (answer === "APPROVE" ? "ASSIGN" : "REFUSE") !== proposedOutcome;

  function keepSummaryInView() {
    const summary = summaryRef.current;
    const focused = document.activeElement;
    if (!summary || !(focused instanceof HTMLElement)) return;
    const top = summary.getBoundingClientRect().top;
    if (top >= 0) return;
    // Only as far as the focused field stays on the screen.
    const room = window.innerHeight - focused.getBoundingClientRect().bottom;
    window.scrollBy({ top: Math.max(top - 16, -room) });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZReviewAnswer.safeParse({ reviewId, answer, reason });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
      fail("errors.invalidInput", fields);
      // The cursor lands on the first refused field (a radio button just below the summary); scrolled to it alone,
      // the summary above was cut off at the top of the screen. Once focused, show the summary too if both fit.
      requestAnimationFrame(keepSummaryInView);
      return;
    }
    await send(async () => {
      // Answered meanwhile (another tab, a colleague): the server kept the first answer and says so.
      if (!(await submit.mutateAsync(parsed.data)).changed) throw new NothingRecorded("reviewForm.answeredMeanwhile");
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-xl font-semibold">{f("title")}</h2>
      <FieldErrorSummary
        fields={fields}
        errors={fieldErrors}
        general={general ? t(general) : null}
        testId="review-answer-errors"
        summaryRef={summaryRef}
      />
      <fieldset
        className={`space-y-2 ${fieldErrors.answer ? refusedGroupClass : ""}`}
        {...describedBy("answer", { error: fieldErrors.answer })}
      >
        <legend className="font-medium">{f("answer")}</legend>
        {(["APPROVE", "REFUSE"] as const).map((value) => (
          <label key={value} className="flex min-h-12 items-center gap-3 text-lg">
            <input
              id={value === "APPROVE" ? "answer" : undefined}
              type="radio"
              name="answer"
              value={value}
              className="size-6"
              checked={answer === value}
              onChange={() => setAnswer(value)}
            />
            {f(`answers.${value}`)}
          </label>
        ))}
        <FieldError id="answer" error={fieldErrors.answer} />
      </fieldset>
      {overrides && <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{f("overrideNotice")}</p>}
      <TextArea
        id="reason"
        touch
        rows={4}
        label={f("reason")}
        hint={family.hint(f("reasonHint"))}
        lang={family.lang}
        error={fieldErrors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={submit.isPending} className={`${buttonClass} bg-brand-600 text-white`}>
        {f("submit")}
      </button>
    </form>
  );
}
