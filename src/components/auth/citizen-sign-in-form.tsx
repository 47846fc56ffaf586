"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { FIN_PATTERN, maskPhone, normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { TextField } from "@/components/form/labelled-field";
import { SubmitButton } from "@/components/form/submit-button";
import { decodeSignInRefusal } from "@/kernel/sign-in-refusal";
import { Unbroken } from "@/components/unbroken";
import { useLocaleFormat } from "@/components/use-locale-format";
import { postCredentials } from "./post-credentials";

type Locale = "az" | "ru" | "en";

type Field = "fin" | "phone" | "code";
type FieldErrors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ["fin", "phone", "code"];

/** Refusals about the number rather than the FIN: shown under the phone field. */
const PHONE_ERRORS = new Set(["phoneFormat", "phoneNotOnFile", "phoneFirstSignInOff"]);

/** `home`: where the citizen lands once signed in (their page, or the page a link led them to). */
export function CitizenSignInForm({ home }: { home: string }) {
  const t = useTranslations("signIn");
  const te = useTranslations("errors");
  const format = useLocaleFormat();
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const [fin, setFin] = useState("");
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  // When "Send a new code" was last answered: the line under the title says a new code went, since the same
  // "We sent a code to …" as before gave no sign that pressing it did anything. The time (to the second) is in
  // the line so that each new code changes its text: a screen reader announces a status only when its text changes.
  const [resentAt, setResentAt] = useState<Date | null>(null);
  // Message keys by field: every problem at once, and focus on the first field refused (WCAG 3.3.1).
  const [errors, setErrors] = useState<FieldErrors>({});
  const [verifying, setVerifying] = useState(false);
  // With a wrong code: how many tries the code has left ("2 tries left"), said with the refusal.
  const [triesLeft, setTriesLeft] = useState<number | null>(null);

  // Each refusal (a new object) moves focus to its first refused field, once the error is on the page.
  useEffect(() => {
    const first = FIELDS.find((f) => errors[f]);
    if (first) document.getElementById(first)?.focus();
  }, [errors]);

  const requestCode = useMutation(
    trpc.auth.requestCode.mutationOptions({
      onSuccess: (r) => {
        setSentTo(r.phone);
        setErrors({});
      },
      onError: (e) => {
        const key = errorKeyOf(e);
        setErrors(PHONE_ERRORS.has(key) ? { phone: key } : { fin: key });
      },
    }),
  );

  function onRequest(e: FormEvent) {
    e.preventDefault();
    // The same checks as the server, so a slow network isn't spent on input that can only be refused.
    const found: FieldErrors = {
      ...(FIN_PATTERN.test(normalizeFin(fin)) ? {} : { fin: "finFormat" }),
      ...(normalizeAzPhone(phone) ? {} : { phone: "phoneFormat" }),
    };
    if (found.fin || found.phone) return setErrors(found);
    requestCode.mutate({ fin, phone, locale });
  }

  async function onVerify(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setErrors({ code: "codeWrong" });
    setVerifying(true);
    const result = await postCredentials("citizen-otp", { fin: normalizeFin(fin), code: code.trim(), locale }, home);
    setVerifying(false);
    if (result.kind === "noAnswer") return setErrors({ code: "noConnection" });
    if (result.kind === "refused") {
      const refusal = decodeSignInRefusal(result.code);
      const triesLeftNow = refusal?.key === "codeWrong" ? refusal.remaining : null;
      setTriesLeft(triesLeftNow);
      setErrors({ code: triesLeftNow !== null ? "codeWrongTriesLeft" : (refusal?.key ?? "codeWrong") });
      return;
    }
    window.location.assign(home);
  }

  const errorFor = (field: Field) => {
    const key = errors[field];
    // Not a business error: the wrong code's refusal with its count (a plural, so in `signIn`, not `errors`).
    if (key === "codeWrongTriesLeft") return t(key, { remaining: triesLeft ?? 0 });
    return key ? te(key) : null;
  };

  // Offline, React Query holds a code request until the connection is back and then sends it by itself; without
  // a word the person saw only a greyed-out button.
  const waitingForConnection = requestCode.isPaused && (
    <p role="status" data-testid="code-waiting-for-connection">
      {te("codeWaitsForConnection")}
    </p>
  );

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
        {waitingForConnection}
        <SubmitButton busy={requestCode.isPending}>{t("sendCode")}</SubmitButton>
      </form>
    );
  }

  return (
    <form onSubmit={onVerify} noValidate className="space-y-4">
      <p role="status" data-testid="code-sent-to">
        <Unbroken
          text={
            resentAt
              ? t("codeResentTo", {
                  phone: maskPhone(sentTo),
                  time: format.dateTime(resentAt, { timeStyle: "medium" }),
                })
              : t("codeSentTo", { phone: maskPhone(sentTo) })
          }
          part={maskPhone(sentTo)}
        />
      </p>
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
      <SubmitButton busy={verifying}>{t("verify")}</SubmitButton>
      {waitingForConnection}
      <div className="flex justify-between text-sm">
        <button
          type="button"
          className="underline"
          onClick={() => {
            setSentTo(null);
            setResentAt(null);
            setCode("");
            setErrors({});
          }}
        >
          {t("changeNumber")}
        </button>
        <button
          type="button"
          className="underline"
          onClick={() =>
            requestCode.mutate(
              { fin, phone, locale },
              {
                onSuccess: () => setResentAt(new Date()),
                // The FIN and phone fields are gone on this step: a refused new code (the hourly limit) is told
                // under the code field instead of nowhere.
                onError: (e) => setErrors({ code: errorKeyOf(e) }),
              },
            )
          }
        >
          {t("resend")}
        </button>
      </div>
    </form>
  );
}
