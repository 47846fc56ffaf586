"use client";

import { useTranslations } from "next-intl";

/**
 * Said while a form's request waits for the connection: React Query holds a mutation while the browser is offline
 * and sends it by itself once back, which left only a greyed-out button. A status, as the form's "done" beside it.
 */
export function WaitingForConnection({ waiting }: { waiting: boolean }) {
  const t = useTranslations("applicationPage");
  if (!waiting) return null;
  return (
    <p
      role="status"
      data-testid="waiting-for-connection"
      className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-sm text-amber-900"
    >
      {t("waitingForConnection")}
    </p>
  );
}
