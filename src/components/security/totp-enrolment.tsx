"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/form/labelled-field";
import { ZTotpCode } from "@/lib/security/totp-code";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { RecoveryCodeSheet } from "./recovery-code-sheet";
import { SubmitButton, primaryButtonClass } from "@/components/form/submit-button";

/** The key in groups of four, as people type it from a screen. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Enrolment of the authenticator app: a new secret (shown as a QR code of the otpauth address, the address itself
 * and the key to type by hand), confirmed with the first code; then the recovery codes, shown once.
 */
export function TotpEnrolment({ homeHref }: { homeHref: string }) {
  const t = useTranslations("staffSecurity");
  const te = useTranslations("errors");
  const locale = useLocale();
  const trpc = useTRPC();
  const begin = useMutation(trpc.staffSecurity.beginTotpEnrolment.mutationOptions());
  const confirm = useMutation(trpc.staffSecurity.confirmTotpEnrolment.mutationOptions());
  const [code, setCode] = useState("");
  // A code that cannot be one (empty, letters) is told what is expected before it is sent; the server says the same.
  const [formatError, setFormatError] = useState<string | null>(null);
  const error = formatError ?? (confirm.error ? errorKeyOf(confirm.error) : null);
  // The cursor goes to the field its message stands beside, so a screen reader reads the two together.
  const focusCode = () => document.getElementById("totp-code")?.focus();

  function onConfirm(e: FormEvent) {
    e.preventDefault();
    const checked = ZTotpCode.safeParse(code);
    if (!checked.success) {
      confirm.reset();
      setFormatError("totpCodeFormat");
      focusCode();
      return;
    }
    setFormatError(null);
    confirm.mutate({ code: checked.data }, { onError: focusCode });
  }

  if (confirm.data) {
    return (
      <section className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {t("totpEnrolled")}
        </p>
        <RecoveryCodeSheet codes={confirm.data.recoveryCodes} />
        <a
          href={`/${locale}${homeHref}`}
          className="inline-block rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white"
        >
          {t("continue")}
        </a>
      </section>
    );
  }

  return (
    <section className="space-y-3">
      <p>{t("totpIntro")}</p>
      {!begin.data && (
        <SubmitButton
          type="button"
          busy={begin.isPending}
          onClick={() => begin.mutate()}
          className={primaryButtonClass}
        >
          {t("totpStart")}
        </SubmitButton>
      )}
      {begin.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(begin.error))}
        </p>
      )}
      {begin.data && (
        <>
          <p>{t("totpScanOrType")}</p>
          <svg
            data-testid="totp-qr"
            role="img"
            aria-label={t("totpQrAlt")}
            viewBox={`0 0 ${begin.data.qr.size} ${begin.data.qr.size}`}
            width={begin.data.qr.size * 5}
            height={begin.data.qr.size * 5}
            shapeRendering="crispEdges"
            className="max-w-full border border-slate-300"
          >
            <rect width={begin.data.qr.size} height={begin.data.qr.size} fill="#fff" />
            <path d={begin.data.qr.path} fill="#000" />
          </svg>
          <dl className="space-y-2">
            <dt className="font-medium">{t("totpKey")}</dt>
            <dd data-testid="totp-secret" data-secret={begin.data.secret} className="font-mono text-lg tracking-wider">
              {grouped(begin.data.secret)}
            </dd>
            <dt className="font-medium">{t("totpUri")}</dt>
            <dd className="break-all font-mono text-sm">
              <a href={begin.data.otpauthUri} className="underline">
                {begin.data.otpauthUri}
              </a>
            </dd>
          </dl>
          <form onSubmit={onConfirm} noValidate className="space-y-3">
            <TextField
              id="totp-code"
              announce
              touch
              label={t("totpConfirmLabel")}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={error ? te(error) : null}
              required
            />
            <SubmitButton busy={confirm.isPending} className={primaryButtonClass}>
              {t("totpConfirm")}
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
