"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FIN_PATTERN, maskPhone, normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { TextField } from "@/components/form/labelled-field";

type Locale = "az" | "ru" | "en";

/** Refusals about the number rather than the FIN: shown under the phone field. */
const PHONE_ERRORS = new Set(["phoneFormat", "phoneNotOnFile", "phoneFirstSignInOff"]);

/** `home`: where the citizen lands once signed in (their page, or the page a link led them to). */
export function CitizenSignInForm({ home }: { home: string }) {
  const t = useTranslations("signIn");
  const te = useTranslations("errors");
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const [fin, setFin] = useState("");
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<{ field: "fin" | "phone" | "code"; key: string } | null>(null);
  const [verifying, setVerifying] = useState(false);

  const requestCode = useMutation(
    trpc.auth.requestCode.mutationOptions({
      onSuccess: (r) => {
        setSentTo(r.phone);
        setError(null);
      },
      onError: (e) => {
        const key = errorKeyOf(e);
        setError({ field: PHONE_ERRORS.has(key) ? "phone" : "fin", key });
      },
    }),
  );

  function onRequest(e: FormEvent) {
    e.preventDefault();
    // The same checks as the server, so a slow network isn't spent on input that can only be refused.
    if (!FIN_PATTERN.test(normalizeFin(fin))) return setError({ field: "fin", key: "finFormat" });
    if (!normalizeAzPhone(phone)) return setError({ field: "phone", key: "phoneFormat" });
    requestCode.mutate({ fin, phone, locale });
  }

  async function onVerify(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setError({ field: "code", key: "codeWrong" });
    setVerifying(true);
    const result = await signIn("citizen-otp", { fin: normalizeFin(fin), code: code.trim(), locale, redirect: false });
    setVerifying(false);
    if (result?.error) {
      setError({ field: "code", key: result.code && result.code !== "credentials" ? result.code : "codeWrong" });
      return;
    }
    window.location.assign(home);
  }

  const errorFor = (field: "fin" | "phone" | "code") => (error?.field === field ? te(error.key) : null);

  if (!sentTo) {
    return (
      <form onSubmit={onRequest} noValidate className="space-y-4">
        <TextField
          id="fin"
          announce
          touch
          label={t("fin")}
          hint={t("finHint")}
          error={errorFor("fin")}
          value={fin}
          onChange={(e) => setFin(e.target.value)}
          autoComplete="username"
          autoCapitalize="characters"
          maxLength={7}
          required
        />
        <TextField
          id="phone"
          announce
          touch
          label={t("phone")}
          hint={t("phoneHint")}
          error={errorFor("phone")}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
        />
        <button
          type="submit"
          disabled={requestCode.isPending}
          className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
        >
          {t("sendCode")}
        </button>
      </form>
    );
  }

  return (
    <form onSubmit={onVerify} noValidate className="space-y-4">
      <p role="status">{t("codeSentTo", { phone: maskPhone(sentTo) })}</p>
      <TextField
        id="code"
        announce
        touch
        label={t("code")}
        hint={t("codeHint")}
        error={errorFor("code")}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
      />
      <button
        type="submit"
        disabled={verifying}
        className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
      >
        {t("verify")}
      </button>
      <div className="flex justify-between text-sm">
        <button
          type="button"
          className="underline"
          onClick={() => {
            setSentTo(null);
            setCode("");
            setError(null);
          }}
        >
          {t("changeNumber")}
        </button>
        <button type="button" className="underline" onClick={() => requestCode.mutate({ fin, phone, locale })}>
          {t("resend")}
        </button>
      </div>
    </form>
  );
}
