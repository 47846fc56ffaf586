"use client";

import { useTranslations } from "next-intl";

/**
 * Recovery codes as shown the one time they exist in plain text: a numbered list in a fixed-width font (copied or
 * written down as is) and a button to print the page.
 */
export function RecoveryCodeSheet({ codes }: { codes: readonly string[] }) {
  const t = useTranslations("staffSecurity");
  return (
    <>
      <h2 className="text-xl font-semibold">{t("recoveryTitle")}</h2>
      <p>{t("recoveryIntro")}</p>
      <ol data-testid="recovery-codes" className="grid grid-cols-2 gap-1 font-mono">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => window.print()}
        className="rounded-lg border border-slate-400 px-4 py-2 font-medium print:hidden"
      >
        {t("printCodes")}
      </button>
    </>
  );
}
