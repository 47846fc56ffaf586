"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

const noSubscription = () => () => {};

/**
 * The e-mailed unlock link's page. The token is after `#` (never sent to the server in the address); unlocking
 * takes a press of the button, so a mail scanner that opens links does not spend it.
 */
export function UnlockAccount() {
  const t = useTranslations("staffSecurity");
  const te = useTranslations("errors");
  const locale = useLocale();
  const trpc = useTRPC();
  const token = useSyncExternalStore(
    noSubscription,
    () => window.location.hash.slice(1),
    () => "",
  );
  const unlock = useMutation(trpc.staffSecurity.unlockAccount.mutationOptions());

  if (unlock.isSuccess) {
    return (
      <div className="space-y-3">
        <p role="status" className="font-medium text-green-800">
          {t("unlockDone")}
        </p>
        <a href={`/${locale}/staff/sign-in`} className="underline">
          {t("signInLink")}
        </a>
      </div>
    );
  }
  if (!token) return <p>{t("unlockNoToken")}</p>;
  return (
    <div className="space-y-3">
      <p>{t("unlockIntro")}</p>
      <button
        type="button"
        disabled={unlock.isPending}
        onClick={() => unlock.mutate({ token })}
        className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
      >
        {t("unlockButton")}
      </button>
      {unlock.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(unlock.error))}
        </p>
      )}
    </div>
  );
}
