"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldErrorSummary, focusFirstRefused } from "@/components/form/field-error-summary";
import { TextField } from "@/components/form/labelled-field";
import { StaffDateField } from "@/components/form/staff-date-field";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { storedNumber } from "./parameter-value";

const VALUE = "propose-value";
const VALID_FROM = "propose-valid-from";
const LAW_NUMBER = "propose-law-number";
const LAW_DATE = "propose-law-date";

/**
 * Proposes a new value of one law parameter: the value in the unit people use (AZN, percent), the date it applies
 * from and the legal act. It takes effect only after a second administrator confirms it.
 */
export function ParameterProposalForm({ parameters }: { parameters: { code: string; unit: string; label: string }[] }) {
  const t = useTranslations("adminConsole.propose");
  const tu = useTranslations("adminConsole.inputUnit");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState(parameters[0]?.code ?? "");
  const [validFrom, setValidFrom] = useState("");
  const [lawDate, setLawDate] = useState("");
  // What the form's own check found, as messages by control id: every empty or unreadable field at once.
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const unit = parameters.find((p) => p.code === code)?.unit ?? "COUNT";
  const valueLabel = t("value", { unit: tu(unit) });
  const fields = [
    { id: VALUE, label: valueLabel },
    { id: VALID_FROM, label: t("validFrom") },
    { id: LAW_NUMBER, label: t("lawNumber") },
    { id: LAW_DATE, label: t("lawDate") },
  ];
  const propose = useMutation(
    trpc.administration.proposeParameter.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => focusFirstRefused(fields, serverProblems(error)),
    }),
  );
  // The server's refusal: one about one of the two dates (not a real day, the act in the future or after the
  // value's date) is said beside that date and in the summary; any other, in the summary alone.
  function serverProblems(error: unknown): Partial<Record<string, string>> {
    const failure = businessErrorOf(error);
    if (failure?.field === "validFrom") return { [VALID_FROM]: te(failure.code) };
    if (failure?.field === "lawDate") return { [LAW_DATE]: te(failure.code) };
    return {};
  }
  const errors = propose.error ? serverProblems(propose.error) : problems;
  const general =
    propose.error && Object.keys(serverProblems(propose.error)).length === 0 ? te(errorKeyOf(propose.error)) : null;

  // onSubmit rather than a form action: React resets a form after its action runs, which emptied what the
  // administrator had typed when the proposal was refused.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const typed = String(form.get("value") ?? "").trim();
    const lawNumber = String(form.get("lawNumber") ?? "").trim();
    const value = typed ? storedNumber(unit, typed) : null;
    const required = te("required");
    const found: Partial<Record<string, string>> = {
      ...(typed ? (value === null ? { [VALUE]: t("valueInvalid") } : {}) : { [VALUE]: required }),
      ...(validFrom ? {} : { [VALID_FROM]: required }),
      ...(lawNumber ? {} : { [LAW_NUMBER]: required }),
      ...(lawDate ? {} : { [LAW_DATE]: required }),
    };
    propose.reset();
    setProblems(found);
    if (value === null || Object.keys(found).length > 0) return focusFirstRefused(fields, found);
    // The proposal then stands in the list above: the form empties, so pressing again cannot send it twice.
    propose.mutate(
      { code, value, validFrom, lawNumber, lawDate },
      {
        onSuccess: () => {
          formElement.reset();
          setValidFrom("");
          setLawDate("");
        },
      },
    );
  }

  const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2" data-testid="propose-parameter">
      <label className="block">
        {t("parameter")}
        <select name="code" className={field} value={code} onChange={(e) => setCode(e.target.value)}>
          {parameters.map((p) => (
            <option key={p.code} value={p.code}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <TextField id={VALUE} name="value" inputMode="decimal" required label={valueLabel} error={errors[VALUE]} />
      <StaffDateField
        id={VALID_FROM}
        label={t("validFrom")}
        value={validFrom}
        onValueChange={setValidFrom}
        error={errors[VALID_FROM]}
        required
      />
      <TextField
        id={LAW_NUMBER}
        name="lawNumber"
        required
        maxLength={60}
        label={t("lawNumber")}
        placeholder={t("lawNumberHint")}
        error={errors[LAW_NUMBER]}
      />
      <StaffDateField
        id={LAW_DATE}
        label={t("lawDate")}
        value={lawDate}
        onValueChange={setLawDate}
        error={errors[LAW_DATE]}
        required
      />
      <div className="flex items-end">
        <button
          type="submit"
          disabled={propose.isPending}
          className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FieldErrorSummary fields={fields} errors={errors} general={general} testId="propose-errors" />
      </div>
      {propose.isSuccess && (
        <p role="status" className="font-medium text-green-800 sm:col-span-2">
          {t("done")}
        </p>
      )}
    </form>
  );
}
