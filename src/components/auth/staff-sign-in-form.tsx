"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/form/labelled-field";

export function StaffSignInForm() {
  const t = useTranslations("staffSignIn");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    const result = await signIn("staff-password", { email, password, redirect: false });
    setPending(false);
    if (result?.error) return setError(te("credentialsInvalid"));
    // The server sends each role to its own home.
    window.location.assign(`/${locale}/staff/home`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="email" announce touch label={t("email")} type="email" autoComplete="username" value={email}
        onChange={(e) => setEmail(e.target.value)} error={error} required />
      <TextField id="password" announce touch label={t("password")} type="password" autoComplete="current-password" value={password}
        onChange={(e) => setPassword(e.target.value)} required />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
