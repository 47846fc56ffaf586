"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
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
/** The form's fields and their controls, in the page's order. */
const CONTROLS = [
  ["name", "staff-name"],
  ["email", "staff-email"],
  ["role", "staff-role"],
  ["districtCode", "staff-district"],
  ["dailyInspectionCapacity", "staff-capacity"],
] as const;

/**
 * Opens a staff account (the holder gets an e-mailed link to set the password) or edits one: name, e-mail, role,
 * district (none for administrators) and, for inspectors, home visits per working day. Refusals name their field.
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
  const failure = mutation.error ? businessErrorOf(mutation.error) : null;
  // Every field the schema refused, each beside its field (not only the first); a taken e-mail beside the e-mail.
  const fieldKeys = mutation.error ? errorKeysOf(mutation.error, "account.").fields : {};
  const errorAt = (field: string) => {
    const key = fieldKeys[field];
    if (key) return te(key.replace(/^errors\./, ""));
    if (failure?.code === "emailTaken" && field === "email") return te("emailTaken");
    const at = failure?.field?.replace(/^account\./, "");
    return failure && at === field ? te(failure.code) : null;
  };
  // The cursor goes to the first refused field on every refused press, as staff sign-in does, so a screen reader
  // reads it with its reason and the administrator corrects it there.
  const firstRefused = CONTROLS.find(([field]) => errorAt(field))?.[1];
  useEffect(() => {
    if (firstRefused) document.getElementById(firstRefused)?.focus();
  }, [mutation.error, firstRefused]);
  const set = (patch: Partial<StaffAccountValues>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const account = {
      ...values,
      districtCode: values.role === "ADMIN" ? null : values.districtCode,
      dailyInspectionCapacity: values.role === "INSPECTOR" ? (values.dailyInspectionCapacity ?? 4) : null,
    };
    if (userId) update.mutate({ userId, account });
    else create.mutate(account);
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4" data-testid="staff-account-form">
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
      {mutation.error && (
        <p role="alert" className="font-medium text-red-700">
          {failure?.field || failure?.code === "emailTaken" ? t("fixErrors") : te(errorKeyOf(mutation.error))}
        </p>
      )}
      {update.isSuccess && (
        <p role="status" className="font-medium text-green-800">
          {t("saved")}
        </p>
      )}
    </form>
  );
}
