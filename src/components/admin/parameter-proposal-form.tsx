"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { StaffDateField } from "@/components/form/staff-date-field";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { storedNumber } from "./parameter-value";

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
  const [problem, setProblem] = useState<"required" | "valueInvalid" | null>(null);
  const propose = useMutation(
    trpc.administration.proposeParameter.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const unit = parameters.find((p) => p.code === code)?.unit ?? "COUNT";
  // A refusal about one of the two dates (not a real day, the act in the future or after the value's date) is said
  // beside that date; any other beneath the form.
  const failure = propose.error ? businessErrorOf(propose.error) : null;
  const dateField = failure?.field === "validFrom" || failure?.field === "lawDate" ? failure.field : null;
  const fieldError = (name: "validFrom" | "lawDate") => (failure && dateField === name ? te(failure.code) : null);

  // onSubmit rather than a form action: React resets a form after its action runs, which emptied what the
  // administrator had typed when the proposal was refused.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const typed = String(form.get("value") ?? "").trim();
    const lawNumber = String(form.get("lawNumber") ?? "").trim();
    if (!typed || !validFrom || !lawNumber || !lawDate) return setProblem("required");
    const value = storedNumber(unit, typed);
    if (value === null) return setProblem("valueInvalid");
    setProblem(null);
    propose.mutate({ code, value, validFrom, lawNumber, lawDate });
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
      <label className="block">
        {t("value", { unit: tu(unit) })}
        <input name="value" inputMode="decimal" required className={field} />
      </label>
      <StaffDateField
        id="propose-valid-from"
        label={t("validFrom")}
        value={validFrom}
        onValueChange={setValidFrom}
        error={fieldError("validFrom")}
        announce
        required
      />
      <label className="block">
        {t("lawNumber")}
        <input name="lawNumber" required maxLength={60} className={field} placeholder={t("lawNumberHint")} />
      </label>
      <StaffDateField
        id="propose-law-date"
        label={t("lawDate")}
        value={lawDate}
        onValueChange={setLawDate}
        error={fieldError("lawDate")}
        announce
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
      {problem && (
        <p role="alert" className="font-medium text-red-700 sm:col-span-2">
          {t(problem)}
        </p>
      )}
      {propose.error && !dateField && (
        <p role="alert" className="font-medium text-red-700 sm:col-span-2">
          {te(errorKeyOf(propose.error))}
        </p>
      )}
      {propose.isSuccess && (
        <p role="status" className="font-medium text-green-800 sm:col-span-2">
          {t("done")}
        </p>
      )}
    </form>
  );
}
