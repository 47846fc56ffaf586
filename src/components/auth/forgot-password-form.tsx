"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/form/labelled-field";
import { SubmitButton } from "@/components/form/submit-button";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/** Asks for a reset link; the answer is the same whether or not the e-mail belongs to an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("staffPassword");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const ask = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  if (ask.isSuccess)
    return (
      <p role="status" className="rounded border border-green-600 bg-green-50 p-3" data-testid="reset-sent">
        {t("sent")}
      </p>
    );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        ask.mutate({ email });
      }}
    >
      <TextField
        id="email"
        announce
        touch
        label={t("email")}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        error={ask.error ? te(errorKeyOf(ask.error)) : null}
      />
      <SubmitButton busy={ask.isPending}>{t("send")}</SubmitButton>
    </form>
  );
}
