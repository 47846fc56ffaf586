"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/form/labelled-field";
import { SubmitButton } from "@/components/form/submit-button";
import { Link } from "@/i18n/navigation";
import { passwordProblem } from "@/lib/password-policy";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/** Sets a staff password from the e-mailed one-time link; the policy is checked here and again on the server. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("staffPassword");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<{ field: "password" | "repeat"; text: string } | null>(null);
  const save = useMutation(trpc.auth.setPassword.mutationOptions());
  if (save.isSuccess) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded border border-green-600 bg-green-50 p-3" data-testid="password-set">
          {t("done")}
        </p>
        <Link href="/staff/sign-in" className="inline-block rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const serverError = save.error ? te(errorKeyOf(save.error)) : null;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const rule = passwordProblem(password);
        if (rule) return setProblem({ field: "password", text: te(rule) });
        if (password !== repeat) return setProblem({ field: "repeat", text: t("mismatch") });
        setProblem(null);
        save.mutate({ token, password });
      }}
    >
      <TextField
        id="new-password"
        announce
        touch
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={problem?.field === "password" ? problem.text : serverError}
        required
      />
      <TextField
        id="repeat-password"
        announce
        touch
        label={t("repeat")}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={problem?.field === "repeat" ? problem.text : null}
        required
      />
      <SubmitButton busy={save.isPending}>{t("submit")}</SubmitButton>
    </form>
  );
}
