"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import { useState, type FormEvent } from "react";
import { typedManatProblem, typedQepik } from "@/lib/i18n/typed-manat";
import { appealAmountQepik, appealChangeRefusal, ZAppealAnswer } from "@/lib/review/appeal-answer";
import { useTRPC } from "@/lib/trpc/react";
import { useFormErrors } from "@/components/form/form-errors";
import { FieldErrorSummary, refusedGroupClass } from "@/components/form/field-error-summary";
import { describedBy, FieldError, TextArea, TextField } from "@/components/form/labelled-field";
import { buttonClass } from "@/components/inspection/touch-fields";
import { manatText } from "@/lib/i18n/manat-text";
import { useFamilyLanguage, type FamilyLocale } from "./family-language";

export interface AppealedFigures {
  outcome: "ASSIGN" | "REFUSE";
  memberCount: number | null;
  criterionQepik: number | null;
  incomeQepik: number | null;
  amountQepik: number | null;
}

/**
 * The supervisor's answer to an appeal: uphold the decision or change it (assign, or raise the amount), with an
 * optional corrected monthly income and the explanation the family will read. The amount the answer would give
 * is shown as it is typed, by the same rule the server applies. `familyLocale` is the language the family wrote the
 * appeal in, which the explanation is asked for in and the family's message about the answer goes in.
 */
export function AppealAnswerForm({
  appealId,
  appealed,
  familyLocale,
}: {
  appealId: string;
  appealed: AppealedFigures;
  familyLocale: FamilyLocale;
}) {
  const t = useTranslations();
  const f = useTranslations("appealAnswer");
  const family = useFamilyLanguage()(familyLocale, "appeal");
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const [answer, setAnswer] = useState("");
  const [income, setIncome] = useState("");
  const [explanation, setExplanation] = useState("");
  // Named and linked in the summary, in page order; "answer" is the first radio button, which takes the cursor. The
  // corrected income is in the page only with "Change" chosen, and only then refused.
  const fields = [
    { id: "answer", label: f("answer") },
    { id: "correctedIncomeQepik", label: f("correctedIncome") },
    { id: "explanation", label: f("explanation") },
  ];
  const { summaryRef, fail, send, err, generalSummary } = useFormErrors({ fieldOrder: fields.map((x) => x.id) });
  const fieldErrors = {
    answer: err("answer"),
    // Its refusal goes with the field once "Uphold" is chosen instead, rather than linking to nothing.
    correctedIncomeQepik: answer === "CHANGE" ? err("correctedIncomeQepik") : undefined,
    explanation: err("explanation"),
  };
  const general = generalSummary(fieldErrors);
  const submit = useMutation(trpc.review.answerAppeal.mutationOptions());

  const corrected = income.trim() === "" ? null : typedQepik(income);
  const { memberCount, criterionQepik } = appealed;
  // Typed but not an amount: no preview, rather than the amount of the income it would not correct.
  const previewIncome = income.trim() !== "" && corrected === null ? null : (corrected ?? appealed.incomeQepik);
  const preview =
    answer === "CHANGE" && memberCount !== null && criterionQepik !== null && previewIncome !== null
      ? appealAmountQepik(memberCount, criterionQepik, previewIncome)
      : null;
  // An amount no higher than the appealed assignment's is refused (an appeal never lowers the assistance): the
  // preview says so rather than an amount that would not be assigned, and sending is refused at the corrected income.
  const notHigher = preview !== null && appealChangeRefusal(appealed, preview) === "appealAmountNotHigher";
  const azn = (qepik: number) => manatText(qepik, format.number);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    // Typed but not an amount: said here, since null would read as "no correction"; a minus sign or too many
    // digits is said as such.
    if (answer === "CHANGE" && income.trim() !== "" && corrected === null)
      fields.correctedIncomeQepik = typedManatProblem(income);
    if (notHigher) fields.correctedIncomeQepik = "errors.appealAmountNotHigher";
    const parsed = ZAppealAnswer.safeParse({
      appealId,
      answer,
      correctedIncomeQepik: answer === "CHANGE" ? corrected : null,
      explanation,
    });
    for (const issue of parsed.error?.issues ?? []) fields[String(issue.path[0])] ??= issue.message;
    if (!parsed.success || Object.keys(fields).length > 0) return fail("errors.invalidInput", fields);
    await send(() => submit.mutateAsync(parsed.data));
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="appeal-answer-form"
    >
      <h2 className="text-xl font-semibold">{f("formTitle")}</h2>
      <FieldErrorSummary
        fields={fields}
        errors={fieldErrors}
        general={general ? t(general) : null}
        testId="appeal-answer-summary"
        summaryRef={summaryRef}
      />
      <fieldset
        className={`space-y-2 ${fieldErrors.answer ? refusedGroupClass : ""}`}
        {...describedBy("answer", { error: fieldErrors.answer })}
      >
        <legend className="font-medium">{f("answer")}</legend>
        {(["UPHOLD", "CHANGE"] as const).map((value) => (
          <label key={value} className="flex min-h-12 items-center gap-3 text-lg">
            <input
              id={value === "UPHOLD" ? "answer" : undefined}
              type="radio"
              name="answer"
              value={value}
              className="size-6"
              checked={answer === value}
              onChange={() => setAnswer(value)}
            />
            {f(`answers.${value}.${appealed.outcome}`)}
          </label>
        ))}
        <FieldError id="answer" error={fieldErrors.answer} />
      </fieldset>
      {answer === "CHANGE" && (
        <div className="space-y-1">
          <TextField
            id="correctedIncomeQepik"
            touch
            inputMode="decimal"
            autoComplete="off"
            label={f("correctedIncome")}
            hint={f("correctedIncomeHint", { income: appealed.incomeQepik === null ? "—" : azn(appealed.incomeQepik) })}
            error={fieldErrors.correctedIncomeQepik}
            value={income}
            onChange={(e) => setIncome(e.target.value)}
          />
          {/* Always in the page (a live region must exist before it speaks), a box only when it says something:
              with no amount to preview it was an empty grey bar. */}
          <p
            aria-live="polite"
            className={preview === null ? "sr-only" : "rounded-lg bg-slate-50 p-3"}
            data-testid="amount-preview"
          >
            {preview === null
              ? ""
              : notHigher
                ? f("previewNotHigher", { amount: azn(preview), appealed: azn(appealed.amountQepik ?? 0) })
                : preview > 0
                  ? f("preview", { amount: azn(preview) })
                  : f("previewNone")}
          </p>
        </div>
      )}
      <TextArea
        id="explanation"
        touch
        rows={5}
        label={f("explanation")}
        hint={family.hint(f("explanationHint"))}
        lang={family.lang}
        error={fieldErrors.explanation}
        value={explanation}
        onChange={(e) => setExplanation(e.target.value)}
      />
      <button type="submit" disabled={submit.isPending} className={`${buttonClass} bg-brand-600 text-white`}>
        {f("submit")}
      </button>
    </form>
  );
}
