"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/components/form/labelled-field";
import { StaffDateField } from "@/components/form/staff-date-field";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { refusedFields } from "@/lib/trpc/refused-fields";
import { useTRPC } from "@/lib/trpc/react";

/**
 * Records an inspector's leave or sickness, both days included; the scheduler books them no visit on those days.
 * Both days are checked at once: each refused one is said beside it. `today` (Baku, from the page) is the days'
 * example in their hints.
 */
export function AbsenceForm({ userId, today }: { userId: string; today: string }) {
  const t = useTranslations("adminStaff");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [kind, setKind] = useState<"LEAVE" | "SICKNESS">("LEAVE");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const record = useMutation(trpc.administration.recordAbsence.mutationOptions({ onSuccess: () => router.refresh() }));
  const refused = record.error ? refusedFields(record.error) : {};
  const errorAt = (field: string) => {
    const key = refused[field];
    return key ? te(key.replace(/^errors\./, "")) : null;
  };
  return (
    <form
      noValidate
      className="grid max-w-xl gap-3 sm:grid-cols-3"
      data-testid="absence-form"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({ userId, kind, from, to });
      }}
    >
      <SelectField
        id="absence-kind"
        label={t("absenceKind")}
        value={kind}
        onChange={(e) => setKind(e.target.value === "SICKNESS" ? "SICKNESS" : "LEAVE")}
      >
        <option value="LEAVE">{t("kinds.LEAVE")}</option>
        <option value="SICKNESS">{t("kinds.SICKNESS")}</option>
      </SelectField>
      <StaffDateField
        id="absence-from"
        label={t("from")}
        today={today}
        value={from}
        onValueChange={setFrom}
        error={errorAt("from")}
      />
      <StaffDateField
        id="absence-to"
        label={t("to")}
        today={today}
        value={to}
        onValueChange={setTo}
        error={errorAt("to")}
      />
      <div className="sm:col-span-3">
        <button
          type="submit"
          disabled={record.isPending}
          className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t("recordAbsence")}
        </button>
      </div>
      {record.error && (
        <p role="alert" className="font-medium text-red-700 sm:col-span-3">
          {Object.keys(refused).length > 0 ? t("fixErrors") : te(errorKeyOf(record.error))}
        </p>
      )}
      {record.isSuccess && (
        <p role="status" className="font-medium text-green-800 sm:col-span-3">
          {t("absenceRecorded")}
        </p>
      )}
    </form>
  );
}
