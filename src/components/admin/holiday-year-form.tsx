"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { CheckboxField } from "@/components/form/checkbox-field";
import { FieldError, describedBy } from "@/components/form/labelled-field";
import { StaffDateField } from "@/components/form/staff-date-field";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { refusedFields } from "@/lib/trpc/refused-fields";
import { useTRPC } from "@/lib/trpc/react";

export interface HolidayRow {
  date: string;
  kind: (typeof HOLIDAY_KINDS)[number];
  nameAz: string;
  nameRu: string;
  nameEn: string;
  provisional: boolean;
}

const HOLIDAY_KINDS = ["HOLIDAY", "TRANSFERRED_DAY_OFF", "WORKING_WEEKEND_DAY"] as const;
/** A day's fields that can be refused, in the page's order. */
const DAY_FIELDS = ["date", "nameAz", "nameRu", "nameEn"] as const;
const kindOf = (value: string) => HOLIDAY_KINDS.find((k) => k === value) ?? "HOLIDAY";

const emptyRow = (): HolidayRow => ({
  date: "",
  kind: "HOLIDAY",
  nameAz: "",
  nameRu: "",
  nameEn: "",
  provisional: false,
});

/**
 * A year's Cabinet decision on holidays and transferred days off: one row per day, provisional ones marked. Saving
 * replaces the year's days; every refused field (a date outside the year or not on the calendar, a date twice, a
 * name left empty) is said beside it at once, not one per try.
 */
export function HolidayYearForm({
  year,
  initial,
  legalReference,
}: {
  year: number;
  initial: HolidayRow[];
  legalReference: string;
}) {
  const t = useTranslations("adminHolidays");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [rows, setRows] = useState<HolidayRow[]>(initial.length > 0 ? initial : [emptyRow()]);
  const [reference, setReference] = useState(legalReference);
  const save = useMutation(trpc.administration.enterHolidayYear.mutationOptions({ onSuccess: () => router.refresh() }));
  const refused = save.error ? refusedFields(save.error) : {};
  const fieldError = (path: string) => {
    const key = refused[path];
    return key ? te(key.replace(/^errors\./, "")) : null;
  };
  // The cursor goes to the first refused field, in the page's order, on every refused press (as staff sign-in does):
  // a screen reader reads it with its reason, and the administrator corrects it there.
  const firstRefused = [
    { path: "legalReference", id: "holiday-reference" },
    ...rows.flatMap((_, i) => DAY_FIELDS.map((name) => ({ path: `days.${i}.${name}`, id: `holiday-${i}-${name}` }))),
  ].find(({ path }) => refused[path])?.id;
  useEffect(() => {
    if (firstRefused) document.getElementById(firstRefused)?.focus();
  }, [save.error, firstRefused]);

  const update = (i: number, patch: Partial<HolidayRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const field =
    "mt-1 block w-full rounded border border-slate-400 px-2 py-2 aria-[invalid]:border-2 aria-[invalid]:border-red-700";

  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="holiday-year-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ year, legalReference: reference, days: rows });
      }}
    >
      <label className="block max-w-xl font-medium">
        {t("legalReference")}
        <input
          id="holiday-reference"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          required
          maxLength={200}
          placeholder={t("legalReferenceHint")}
          {...describedBy("holiday-reference", { error: fieldError("legalReference") })}
          className={field}
        />
      </label>
      <FieldError id="holiday-reference" error={fieldError("legalReference")} />
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const dateError = fieldError(`days.${i}.date`);
          return (
            <li key={i} className="rounded border border-slate-300 p-3" data-testid="holiday-row">
              <fieldset className="grid gap-2 sm:grid-cols-3">
                <legend className="font-semibold">{t("day", { n: i + 1 })}</legend>
                <StaffDateField
                  id={`holiday-${i}-date`}
                  label={t("date")}
                  value={row.date}
                  onValueChange={(date) => update(i, { date })}
                  required
                  error={dateError}
                />
                <label className="block">
                  {t("kind")}
                  <select
                    value={row.kind}
                    onChange={(e) => update(i, { kind: kindOf(e.target.value) })}
                    className={field}
                  >
                    {HOLIDAY_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`kinds.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <CheckboxField
                  id={`holiday-${i}-provisional`}
                  label={t("provisional")}
                  checked={row.provisional}
                  onCheckedChange={(provisional) => update(i, { provisional })}
                  className="self-end py-2"
                />
                {(["nameAz", "nameRu", "nameEn"] as const).map((name) => {
                  const id = `holiday-${i}-${name}`;
                  const error = fieldError(`days.${i}.${name}`);
                  return (
                    <div key={name}>
                      <label className="block">
                        {t(name)}
                        <input
                          id={id}
                          value={row[name]}
                          required
                          maxLength={120}
                          onChange={(e) => update(i, { [name]: e.target.value })}
                          className={field}
                          {...describedBy(id, { error })}
                        />
                      </label>
                      <FieldError id={id} error={error} />
                    </div>
                  );
                })}
              </fieldset>
              {rows.length > 1 && (
                <button
                  type="button"
                  className="mt-2 text-red-700 underline"
                  onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                >
                  {t("removeDay")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="rounded-lg border border-brand-600 px-4 py-2 font-semibold text-brand-700"
          onClick={() => setRows((all) => [...all, emptyRow()])}
        >
          {t("addDay")}
        </button>
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
      {save.error && (
        <p role="alert" className="font-medium text-red-700">
          {Object.keys(refused).length > 0 ? t("fixErrors") : te(errorKeyOf(save.error))}
        </p>
      )}
      {save.isSuccess && (
        <p role="status" className="font-medium text-green-800">
          {t("done", { entered: save.data.entered, year })}
        </p>
      )}
    </form>
  );
}
