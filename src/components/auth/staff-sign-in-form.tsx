"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { TextField } from "@/components/form/labelled-field";
import { SubmitButton } from "@/components/form/submit-button";
import { decodeSignInRefusal } from "@/kernel/sign-in-refusal";
import { missingCredentials } from "./missing-credentials";
import { postCredentials } from "./post-credentials";

// The refusals the staff sign-in explains (src/server/services/auth/authenticate-staff.ts); anything else reads
// as a wrong e-mail or password.
const EXPLAINED = ["credentialsInvalid", "accountLocked", "rateLimited", "totpRequired", "totpInvalid"] as const;
type Explained = (typeof EXPLAINED)[number];
const explained = (code: string | null): Explained => EXPLAINED.find((c) => c === code) ?? "credentialsInvalid";

export function StaffSignInForm() {
  const t = useTranslations("staffSignIn");
  const ts = useTranslations("staffSecurity");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  // Shown once the server says the account has a second factor (or at once when the person typed a code before).
  const [askCode, setAskCode] = useState(false);
  // `noConnection`: the sign-in got no answer; told under the e-mail, and the typed fields stay for another press.
  const [error, setError] = useState<Explained | "noConnection" | null>(null);
  const [pending, setPending] = useState(false);
  // Counts the presses answered, so the same refusal twice still moves the cursor to it.
  const [attempt, setAttempt] = useState(0);
  // The fields left empty at the last press: said beside each, and nothing sent (the server could only answer
  // "wrong e-mail or password").
  const [missing, setMissing] = useState<("email" | "password")[]>([]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const empty = missingCredentials({ email, password });
    setMissing(empty);
    if (empty.length > 0) {
      setError(null);
      // The cursor goes to the first empty field, whose message a screen reader then reads.
      document.getElementById(empty[0]!)?.focus();
      return;
    }
    setPending(true);
    // The server sends each role to its own home (or to second-factor enrolment when that is required first).
    const home = `/${locale}/staff/home`;
    const fields = { email, password, code: askCode ? code : "" };
    const result = await postCredentials("staff-password", fields, home);
    setPending(false);
    setAttempt((n) => n + 1);
    if (result.kind === "noAnswer") return setError("noConnection");
    if (result.kind === "refused") {
      const refusal = explained(decodeSignInRefusal(result.code)?.key ?? null);
      if (refusal === "totpRequired" || refusal === "totpInvalid") setAskCode(true);
      // Asked for the code the first time: the hint says so, no red error yet.
      return setError(refusal === "totpRequired" && !askCode ? null : refusal);
    }
    window.location.assign(home);
  }

  const codeError = error === "totpRequired" || error === "totpInvalid" ? te(error) : null;
  // The cursor goes to the field the refusal is told under, so a screen reader reads it and the person can retype.
  useEffect(() => {
    if (error === null) return;
    document.getElementById(error === "totpRequired" || error === "totpInvalid" ? "code" : "email")?.focus();
  }, [error, attempt]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="email"
        announce
        touch
        label={t("email")}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={missing.includes("email") ? t("enterEmail") : error && !codeError ? te(error) : null}
        required
      />
      <TextField
        id="password"
        announce
        touch
        label={t("password")}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing.includes("password") ? t("enterPassword") : null}
        required
      />
      {askCode && (
        <TextField
          id="code"
          announce
          touch
          label={ts("codeLabel")}
          hint={ts("codeHint")}
          autoComplete="one-time-code"
          inputMode="text"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={codeError}
          required
          autoFocus
        />
      )}
      <SubmitButton busy={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
