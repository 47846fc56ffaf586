"use client";

import { useEffect } from "react";
import { linkClass, primaryButtonClass, RecoveryPanel } from "./recovery-panel";
import type { FaultTexts } from "./fault-texts";

/**
 * What both error pages say (the locale's, under the header, and the global one, without the layout): what
 * happened, in the person's language, with a retry and a way home. The digest is the server log's key for this
 * fault (the message itself is never shown: in production Next withholds it, and it may hold internals).
 */
export function FaultRecovery({
  locale,
  texts: t,
  error,
  reset,
}: {
  locale: string;
  texts: FaultTexts;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    // The browser console is the only place a client-side fault leaves a trace for a developer.
    console.error(error);
  }, [error]);
  return (
    <RecoveryPanel title={t.errorTitle} text={t.errorText} testId="server-error">
      <button type="button" onClick={reset} className={primaryButtonClass}>
        {t.tryAgain}
      </button>
      {/* A full load of the home page: after a fault, nothing of the broken page's state comes along. */}
      <a href={`/${locale}`} className={linkClass}>
        {t.home}
      </a>
      {error.digest && <p className="w-full text-sm text-slate-600">{t.reference.join(error.digest)}</p>}
    </RecoveryPanel>
  );
}
