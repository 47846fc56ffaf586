"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { normalizeAzPhone } from "@/kernel/identity-format";
import { useTRPC } from "@/lib/trpc/react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { CheckboxField } from "@/components/form/checkbox-field";
import { TextField } from "@/components/form/labelled-field";

/**
 * The applicant's sign-in number, for a citizen at the office whose phone was lost or changed: a caseworker who has
 * seen their identity document gives the account the new number (audited); the page reads the case file again.
 */
export function SignInPhoneForm({ applicationId, current }: { applicationId: string; current: string | null }) {
  const t = useTranslations("wsCaseFile.signInPhone");
  const trpc = useTRPC();
  const [phone, setPhone] = useState("");
  const [checked, setChecked] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { summary, summaryRef, fail, send, err } = useFormErrors();
  const save = useMutation(trpc.workspace.setSignInPhone.mutationOptions());

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const normalized = normalizeAzPhone(phone);
    const fields = {
      ...(normalized ? {} : { phone: "errors.phoneFormat" }),
      ...(checked ? {} : { identityChecked: "wsCaseFile.signInPhone.identityRequired" }),
    };
    if (!normalized || !checked) return fail("errors.invalidInput", fields);
    await send(async () => {
      const saved = await save.mutateAsync({ applicationId, phone: normalized, identityChecked: true });
      setPhone("");
      setChecked(false);
      setDone(saved.signInPhone);
    });
  }

  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4" data-testid="sign-in-phone">
      <summary className="cursor-pointer font-semibold">
        {t("title")}: {current ?? t("none")}
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <p className="text-sm">{t("lead")}</p>
        <FormAlert summary={summary} summaryRef={summaryRef} />
        <TextField
          id="sign-in-phone"
          type="tel"
          inputMode="tel"
          label={t("newNumber")}
          hint={t("newNumberHint")}
          error={err("phone")}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <CheckboxField
          id="sign-in-phone-identity"
          label={t("identityChecked")}
          checked={checked}
          onCheckedChange={setChecked}
          error={err("identityChecked")}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={save.isPending}
            className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            {t("save")}
          </button>
          <p role="status" className="text-green-800">
            {done ? t("saved", { phone: done }) : ""}
          </p>
        </div>
      </form>
    </details>
  );
}
