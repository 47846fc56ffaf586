"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useHydrated } from "@/components/form/use-hydrated";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { SubmitButton, primaryButtonClass } from "@/components/form/submit-button";

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
  const hydrated = useHydrated();

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
  // The token is read from the address once the scripts run; before then the page is not "a link without a token"
  // but one still loading: the button stays, off, with the loading line (SubmitButton).
  if (hydrated && !token) return <p>{t("unlockNoToken")}</p>;
  return (
    <div className="space-y-3">
      <p>{t("unlockIntro")}</p>
      <SubmitButton
        type="button"
        busy={unlock.isPending}
        onClick={() => unlock.mutate({ token })}
        className={primaryButtonClass}
      >
        {t("unlockButton")}
      </SubmitButton>
      {unlock.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(unlock.error))}
        </p>
      )}
    </div>
  );
}
