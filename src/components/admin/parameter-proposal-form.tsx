"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FieldErrorSummary, focusRefusal } from "@/components/form/field-error-summary";
import { TextField } from "@/components/form/labelled-field";
import { StaffDateField } from "@/components/form/staff-date-field";
import { useLocaleFormat } from "@/components/use-locale-format";
import { bakuDate } from "@/kernel/calendar-date";
import { parameterBounds, withinParameterBounds } from "@/lib/law/parameter-bounds";
import { parameterDateRefusals } from "@/lib/law/parameter-dates";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import {
  displayNumber,
  exampleInRange,
  isAgeInMonths,
  storedAge,
  takesDecimals,
  typedParameterValue,
} from "./parameter-value";

const VALUE = "propose-value";
/** A pension age's months beyond the whole years (the age itself is typed in years). */
const MONTHS = "propose-months";
const VALID_FROM = "propose-valid-from";
const LAW_NUMBER = "propose-law-number";
const LAW_DATE = "propose-law-date";
/** The control of each field the server may name in a refusal. */
const CONTROL_OF: Partial<Record<string, string>> = {
  value: VALUE,
  validFrom: VALID_FROM,
  lawNumber: LAW_NUMBER,
  lawDate: LAW_DATE,
};

/**
 * Proposes a new value of one law parameter: the value in the unit people use (AZN, percent), the date it applies
 * from and the legal act. It takes effect only after a second administrator confirms it. The value's plausible
 * range is said under the field and checked before sending; the server checks it again. A pension age, stored in
 * months, is typed as an age: years, and the months beyond them in a field of its own ("64" and "6").
 */
export function ParameterProposalForm({ parameters }: { parameters: { code: string; unit: string; label: string }[] }) {
  const t = useTranslations("adminConsole.propose");
  const tu = useTranslations("adminConsole.inputUnit");
  const te = useTranslations("errors");
  const { number } = useLocaleFormat();
  const trpc = useTRPC();
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [code, setCode] = useState(parameters[0]?.code ?? "");
  const [validFrom, setValidFrom] = useState("");
  const [lawDate, setLawDate] = useState("");
  // What the form's own check found, as messages by control id: every empty or unreadable field at once.
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  // A server refusal about no one field, said in the summary alone.
  const [general, setGeneral] = useState<string | null>(null);
  const unit = parameters.find((p) => p.code === code)?.unit ?? "COUNT";
  const age = isAgeInMonths(code);
  // The unit the administrator types in: years for an age stored in months.
  const typedUnit = age ? "YEARS" : unit;
  const valueLabel = t("value", { unit: tu(typedUnit) });
  const bounds = parameterBounds(code);
  const shown = (stored: number) =>
    number(age ? stored / 12 : displayNumber(unit, stored), { maximumFractionDigits: 2 });
  // The catalog's example for the unit, or one from the parameter's range where that lies outside it.
  const ownExample = exampleInRange(code, unit, bounds);
  const example = ownExample === null ? t(`examples.${unit}`) : number(ownExample);
  const valueHint = bounds ? t("valueHint", { min: shown(bounds.min), max: shown(bounds.max), example }) : undefined;
  // Names the range in the unit the administrator types, as the hint does.
  const outOfRange = () =>
    bounds
      ? t("valueOutOfRange", { min: shown(bounds.min), max: shown(bounds.max), unit: tu(typedUnit) })
      : te("parameterValueOutOfRange");
  const fields = [
    { id: VALUE, label: valueLabel },
    ...(age ? [{ id: MONTHS, label: t("valueMonths") }] : []),
    { id: VALID_FROM, label: t("validFrom") },
    { id: LAW_NUMBER, label: t("lawNumber") },
    { id: LAW_DATE, label: t("lawDate") },
  ];
  const propose = useMutation(
    trpc.administration.proposeParameter.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  // The server's refusal about a field (the value out of range, a date not on the calendar, the act in the future
  // or after the value's date) is said beside that field and in the summary, and the cursor goes to the field; any
  // other stands in the summary alone, which takes the cursor. Before, a refused value said "check the highlighted
  // fields" with none highlighted.
  function serverProblems(error: unknown): Partial<Record<string, string>> {
    const failure = businessErrorOf(error);
    const control = failure?.field ? CONTROL_OF[failure.field] : undefined;
    if (!failure || !control) return {};
    return { [control]: failure.code === "parameterValueOutOfRange" ? outOfRange() : te(failure.code) };
  }

  // onSubmit rather than a form action: React resets a form after its action runs, which emptied what the
  // administrator had typed when the proposal was refused.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const typed = String(form.get("value") ?? "").trim();
    const lawNumber = String(form.get("lawNumber") ?? "").trim();
    const typedMonths = String(form.get("months") ?? "");
    const ageRead = age && typed ? storedAge(typed, typedMonths) : null;
    const monthsProblem = ageRead && "problem" in ageRead ? t("monthsInvalid") : null;
    const read = !typed
      ? null
      : !age
        ? typedParameterValue(unit, typed)
        : ageRead && "value" in ageRead
          ? ageRead
          : typedParameterValue("YEARS", typed);
    const value = read && "value" in read && withinParameterBounds(code, read.value) ? read.value : null;
    const valueProblem = !read
      ? te("required")
      : "problem" in read && read.problem === "format"
        ? t("valueInvalid", { whole: takesDecimals(typedUnit) ? "no" : "yes", example })
        : value === null && !monthsProblem
          ? outOfRange()
          : null;
    // The dates by the server's own rules, with the value's problem: every problem in one press, not one a press.
    const dates = parameterDateRefusals({ validFrom, lawDate }, bakuDate(new Date()));
    const found: Partial<Record<string, string>> = {
      ...(valueProblem ? { [VALUE]: valueProblem } : {}),
      ...(monthsProblem ? { [MONTHS]: monthsProblem } : {}),
      ...(dates.validFrom ? { [VALID_FROM]: te(dates.validFrom) } : {}),
      ...(lawNumber ? {} : { [LAW_NUMBER]: te("required") }),
      ...(dates.lawDate ? { [LAW_DATE]: te(dates.lawDate) } : {}),
    };
    propose.reset();
    setProblems(found);
    setGeneral(null);
    if (value === null || Object.keys(found).length > 0) return focusRefusal(fields, found, summaryRef);
    // The proposal then stands in the list above: the form empties, so pressing again cannot send it twice.
    propose.mutate(
      { code, value, validFrom, lawNumber, lawDate },
      {
        onSuccess: () => {
          formElement.reset();
          setValidFrom("");
          setLawDate("");
        },
        onError: (error) => {
          const refused = serverProblems(error);
          setProblems(refused);
          setGeneral(Object.keys(refused).length === 0 ? te(errorKeyOf(error)) : null);
          focusRefusal(fields, refused, summaryRef);
        },
      },
    );
  }

  const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="propose-parameter">
      {/* Above the fields, as the other staff forms have it: below the button it stood out of sight after a refusal. */}
      <FieldErrorSummary
        fields={fields}
        errors={problems}
        general={general}
        testId="propose-errors"
        summaryRef={summaryRef}
      />
      <div className="grid gap-3 sm:grid-cols-2">
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
        <TextField
          id={VALUE}
          name="value"
          inputMode={takesDecimals(typedUnit) ? "decimal" : "numeric"}
          required
          label={valueLabel}
          hint={valueHint}
          error={problems[VALUE]}
        />
        {age && (
          <TextField id={MONTHS} name="months" inputMode="numeric" label={t("valueMonths")} error={problems[MONTHS]} />
        )}
        <StaffDateField
          id={VALID_FROM}
          label={t("validFrom")}
          value={validFrom}
          onValueChange={setValidFrom}
          error={problems[VALID_FROM]}
          required
        />
        <TextField
          id={LAW_NUMBER}
          name="lawNumber"
          required
          maxLength={60}
          label={t("lawNumber")}
          placeholder={t("lawNumberHint")}
          error={problems[LAW_NUMBER]}
        />
        <StaffDateField
          id={LAW_DATE}
          label={t("lawDate")}
          value={lawDate}
          onValueChange={setLawDate}
          error={problems[LAW_DATE]}
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
      </div>
      {propose.isSuccess && (
        <p role="status" className="font-medium text-green-800">
          {t("done")}
        </p>
      )}
    </form>
  );
}
