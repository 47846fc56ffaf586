"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/form/labelled-field";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { RecoveryCodeSheet } from "./recovery-code-sheet";
import { SubmitButton, primaryButtonClass } from "@/components/form/submit-button";

/** A new set of recovery codes for a staff member with the factor on, after a current code; shown once. */
export function RecoveryCodesRegeneration() {
  const t = useTranslations("staffSecurity");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const regenerate = useMutation(trpc.staffSecurity.regenerateRecoveryCodes.mutationOptions());
  const [code, setCode] = useState("");

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    regenerate.mutate({ code });
  }

  if (regenerate.data) {
    return (
      <section className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {t("regenerateDone")}
        </p>
        <RecoveryCodeSheet codes={regenerate.data.recoveryCodes} />
      </section>
    );
  }

  return (
    <section className="space-y-3 print:hidden">
      <h2 className="text-xl font-semibold">{t("regenerateTitle")}</h2>
      <p>{t("regenerateIntro")}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <TextField
          id="regenerate-code"
          announce
          touch
          label={t("regenerateCodeLabel")}
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={regenerate.error ? te(errorKeyOf(regenerate.error)) : null}
          required
        />
        <SubmitButton busy={regenerate.isPending} className={primaryButtonClass}>
          {t("regenerateSubmit")}
        </SubmitButton>
      </form>
    </section>
  );
}
