"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FieldErrorSummary, focusRefusal } from "@/components/form/field-error-summary";
import { SelectField, TextField } from "@/components/form/labelled-field";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { errorKeysOf } from "@/lib/trpc/field-error-keys";
import { useTRPC } from "@/lib/trpc/react";

type Role = "CASEWORKER" | "SUPERVISOR" | "INSPECTOR" | "ADMIN";
export interface StaffAccountValues {
  name: string;
  email: string;
  role: Role;
  districtCode: string | null;
  dailyInspectionCapacity: number | null;
}
const ROLES: Role[] = ["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"];
type Field = keyof StaffAccountValues;
/** The form's fields and their controls, in the page's order. */
const CONTROLS: Record<Field, string> = {
  name: "staff-name",
  email: "staff-email",
  role: "staff-role",
  districtCode: "staff-district",
  dailyInspectionCapacity: "staff-capacity",
};
const isField = (name: string): name is Field => Object.hasOwn(CONTROLS, name);

/**
 * Opens a staff account (the holder gets an e-mailed link to set the password) or edits one: name, e-mail, role,
 * district (none for administrators) and, for inspectors, home visits per working day. Every refused field is said
 * beside it and in a summary above the fields that names it by its label and links to it, as the law's proposal
 * form does; a field's error goes as soon as it is changed, not at the next save.
 */
export function StaffAccountForm({
  userId,
  initial,
  districts,
}: {
  userId?: string;
  initial?: StaffAccountValues;
  districts: { code: string; name: string }[];
}) {
  const t = useTranslations("adminStaff");
  const tr = useTranslations("adminConsole.roles");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState<StaffAccountValues>(
    initial ?? {
      name: "",
      email: "",
      role: "CASEWORKER",
      // Chosen, not preset: a district filled in for the administrator was easy to save unnoticed for the wrong one.
      districtCode: null,
      dailyInspectionCapacity: null,
    },
  );
  const create = useMutation(
    trpc.administration.createStaff.mutationOptions({
      onSuccess: (r) => router.push(`./${r.id}?created=${r.linkSent ? "sent" : "unsent"}`),
    }),
  );
  const update = useMutation(trpc.administration.updateStaff.mutationOptions({ onSuccess: () => router.refresh() }));
  const mutation = userId ? update : create;
  const summaryRef = useRef<HTMLDivElement>(null);
  // The refused fields' messages by control id, and a refusal about no one field.
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const fields = [
    { id: CONTROLS.name, label: t("name") },
    { id: CONTROLS.email, label: t("email") },
    { id: CONTROLS.role, label: t("role") },
    { id: CONTROLS.districtCode, label: t("district") },
    { id: CONTROLS.dailyInspectionCapacity, label: t("capacity") },
  ];
  const errorAt = (field: Field) => problems[CONTROLS[field]] ?? null;
  // A changed field's error goes at once: it kept its red until the next save, corrected or not.
  const set = (patch: Partial<StaffAccountValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    const changed = new Set(
      Object.keys(patch)
        .filter(isField)
        .map((f) => CONTROLS[f]),
    );
    setProblems((all) => Object.fromEntries(Object.entries(all).filter(([id]) => !changed.has(id))));
  };

  // Every field the schema refused, each beside its field (not only the first); a business refusal about a field
  // (a taken e-mail) beside that field; any other in the summary alone.
  function refused(error: unknown) {
    const found: Partial<Record<string, string>> = {};
    for (const [path, key] of Object.entries(errorKeysOf(error, "account.").fields))
      if (isField(path)) found[CONTROLS[path]] = te(key.replace(/^errors\./, ""));
    const failure = businessErrorOf(error);
    const at = failure?.field?.replace(/^account\./, "") ?? (failure?.code === "emailTaken" ? "email" : undefined);
    if (failure && at && isField(at)) found[CONTROLS[at]] ??= te(failure.code);
    setProblems(found);
    setGeneral(Object.keys(found).length === 0 ? te(errorKeyOf(error)) : null);
    // The cursor on the first refused field, as staff sign-in does, or on the summary.
    focusRefusal(fields, found, summaryRef);
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setProblems({});
    setGeneral(null);
    const account = {
      ...values,
      districtCode: values.role === "ADMIN" ? null : values.districtCode,
      dailyInspectionCapacity: values.role === "INSPECTOR" ? (values.dailyInspectionCapacity ?? 4) : null,
    };
    if (userId) update.mutate({ userId, account }, { onError: refused });
    else create.mutate(account, { onError: refused });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4" data-testid="staff-account-form">
      <FieldErrorSummary
        fields={fields}
        errors={problems}
        general={general}
        testId="staff-errors"
        summaryRef={summaryRef}
      />
      <TextField
        id="staff-name"
        label={t("name")}
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errorAt("name")}
        autoComplete="off"
      />
      <TextField
        id="staff-email"
        label={t("email")}
        type="email"
        value={values.email}
        onChange={(e) => set({ email: e.target.value })}
        error={errorAt("email")}
        autoComplete="off"
      />
      <SelectField
        id="staff-role"
        label={t("role")}
        value={values.role}
        onChange={(e) => set({ role: ROLES.find((r) => r === e.target.value) ?? "CASEWORKER" })}
        error={errorAt("role")}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </SelectField>
      {values.role === "ADMIN" ? (
        <p>
          {t("district")}: {t("noDistrict")}
        </p>
      ) : (
        <SelectField
          id="staff-district"
          label={t("district")}
          value={values.districtCode ?? ""}
          onChange={(e) => set({ districtCode: e.target.value || null })}
          error={errorAt("districtCode")}
        >
          <option value="">{t("chooseDistrict")}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </SelectField>
      )}
      {values.role === "INSPECTOR" && (
        <TextField
          id="staff-capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          type="number"
          min={1}
          max={20}
          inputMode="numeric"
          value={values.dailyInspectionCapacity ?? 4}
          onChange={(e) => set({ dailyInspectionCapacity: e.target.value === "" ? null : Number(e.target.value) })}
          error={errorAt("dailyInspectionCapacity")}
        />
      )}
      <button
        type="submit"
        disabled={mutation.isPending}
        className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
      >
        {userId ? t("save") : t("create")}
      </button>
      {update.isSuccess && (
        <p role="status" className="font-medium text-green-800">
          {t("saved")}
        </p>
      )}
    </form>
  );
}
