"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";
import { linkClass, primaryButtonClass, RecoveryPanel } from "@/components/recovery/recovery-panel";

// A page of the locale that threw while rendering: the header stays, the person reads what happened in their
// language and can retry the same page or go home. The digest is the server log's key for this fault (the
// message itself is never shown: in production Next withholds it, and it may hold internals).
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("recovery");
  useEffect(() => {
    // The browser console is the only place a client-side fault leaves a trace for a developer.
    console.error(error);
  }, [error]);
  return (
    <RecoveryPanel title={t("errorTitle")} text={t("errorText")} testId="server-error">
      <button type="button" onClick={reset} className={primaryButtonClass}>
        {t("tryAgain")}
      </button>
      <Link href="/" className={linkClass}>
        {t("home")}
      </Link>
      {error.digest && <p className="w-full text-sm text-slate-600">{t("reference", { digest: error.digest })}</p>}
    </RecoveryPanel>
  );
}
