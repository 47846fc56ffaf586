"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { CheckboxField } from "@/components/form/checkbox-field";
import { FieldErrorSummary, focusRefusal } from "@/components/form/field-error-summary";
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
const REFERENCE = "holiday-reference";
/** The control of a field the server names by its path ("days.2.nameAz"). */
const controlOf = (path: string) =>
  path === "legalReference" ? REFERENCE : path.replace(/^days\.(\d+)\.(\w+)$/, "holiday-$1-$2");
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
 * name left empty or of one letter) is said beside it at once, not one per try, and in a summary above the fields
 * that names each by its row and label, as the law's proposal form does. A corrected field loses its error at once.
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
  const summaryRef = useRef<HTMLDivElement>(null);
  // The refused fields' messages by control id, and a refusal about no one field.
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const save = useMutation(trpc.administration.enterHolidayYear.mutationOptions({ onSuccess: () => router.refresh() }));
  const fieldError = (id: string) => problems[id] ?? null;
  // Each field by its row and label in the summary ("Day 2, Name in Azerbaijani"), in the page's order.
  const fields = [
    { id: REFERENCE, label: t("legalReference") },
    ...rows.flatMap((_, i) =>
      DAY_FIELDS.map((name) => ({
        id: `holiday-${i}-${name}`,
        label: t("dayField", { day: t("day", { n: i + 1 }), field: t(name) }),
      })),
    ),
  ];
  // A changed field's error goes at once, not at the next save.
  const clear = (id: string) =>
    setProblems((all) => Object.fromEntries(Object.entries(all).filter(([at]) => at !== id)));

  const update = (i: number, patch: Partial<HolidayRow>) => {
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    for (const name of Object.keys(patch)) clear(`holiday-${i}-${name}`);
  };
  function submit() {
    setProblems({});
    setGeneral(null);
    save.mutate(
      { year, legalReference: reference, days: rows },
      {
        onError: (error) => {
          // Every refused field beside it and in the summary; the cursor on the first, or on the summary.
          const found = Object.fromEntries(
            Object.entries(refusedFields(error)).map(([path, key]) => [
              controlOf(path),
              te(key.replace(/^errors\./, "")),
            ]),
          );
          const named = fields.some((f) => found[f.id]);
          setProblems(found);
          setGeneral(named ? null : te(errorKeyOf(error)));
          focusRefusal(fields, found, summaryRef);
        },
      },
    );
  }
  const field =
    "mt-1 block w-full rounded border border-slate-400 px-2 py-2 aria-[invalid]:border-2 aria-[invalid]:border-red-700";

  return (
    <form
      noValidate
      className="space-y-4"
      data-testid="holiday-year-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FieldErrorSummary
        fields={fields}
        errors={problems}
        general={general}
        testId="holiday-errors"
        summaryRef={summaryRef}
      />
      <label className="block max-w-xl font-medium">
        {t("legalReference")}
        <input
          id={REFERENCE}
          value={reference}
          onChange={(e) => {
            setReference(e.target.value);
            clear(REFERENCE);
          }}
          required
          maxLength={200}
          placeholder={t("legalReferenceHint")}
          {...describedBy(REFERENCE, { error: fieldError(REFERENCE) })}
          className={field}
        />
      </label>
      <FieldError id={REFERENCE} error={fieldError(REFERENCE)} />
      <ol className="space-y-3">
        {rows.map((row, i) => {
          const dateError = fieldError(`holiday-${i}-date`);
          return (
            <li key={i} className="rounded border border-slate-300 p-3" data-testid="holiday-row">
              {/* Six columns: the kind's select takes half the row, so its longest choice ("Rest day made a working
                  day", longer still in Azerbaijani) is read whole. */}
              <fieldset className="grid gap-2 sm:grid-cols-6">
                <legend className="font-semibold">{t("day", { n: i + 1 })}</legend>
                <div className="sm:col-span-2">
                  <StaffDateField
                    id={`holiday-${i}-date`}
                    label={t("date")}
                    value={row.date}
                    onValueChange={(date) => update(i, { date })}
                    required
                    error={dateError}
                  />
                </div>
                <label className="block sm:col-span-3">
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
                  className="self-end py-2 sm:col-span-1"
                />
                {(["nameAz", "nameRu", "nameEn"] as const).map((name) => {
                  const id = `holiday-${i}-${name}`;
                  const error = fieldError(id);
                  return (
                    <div key={name} className="sm:col-span-2">
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
                  onClick={() => {
                    setRows((all) => all.filter((_, j) => j !== i));
                    // The rows below move up a place: their messages would stand beside the wrong day.
                    setProblems({});
                  }}
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
      {save.isSuccess && (
        <p role="status" className="font-medium text-green-800">
          {t("done", { entered: save.data.entered, year })}
        </p>
      )}
    </form>
  );
}
