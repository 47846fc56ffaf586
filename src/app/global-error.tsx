"use client";

import { usePathname } from "next/navigation";
import format from "icu-minify/format";
import { useEffect } from "react";
import { localeOfPath, recoveryTexts } from "@/components/recovery/recovery-texts";
import { linkClass, primaryButtonClass } from "@/components/recovery/recovery-panel";
import "./globals.css";

// The app's build compiles the catalogs (next.config.mjs): a text with an argument, like `reference`, is filled in
// by icu-minify's formatter, the one next-intl's client uses. Not next-intl itself: this page is outside the locale
// layout, so its chunk would carry its own copy of next-intl's translator, in every page's first load.
const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

// A fault in the locale layout itself (the header's session read, the catalogs): the layout is gone, so this
// page brings its own <html> and a plain header, in the language of the address (Azerbaijani when none).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname()) ?? "az";
  const t = recoveryTexts[locale];
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="bg-brand-700 text-white">
          <div className="mx-auto w-full max-w-3xl px-4 py-3 font-semibold tracking-wide">VEMTAS</div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6">
          <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6" data-testid="server-error">
            <h1 className="text-2xl font-bold">{t.errorTitle}</h1>
            <p>{t.errorText}</p>
            <div className="flex flex-wrap items-center gap-4">
              <button type="button" onClick={reset} className={primaryButtonClass}>
                {t.tryAgain}
              </button>
              <a href={`/${locale}`} className={linkClass}>
                {t.home}
              </a>
              {error.digest && (
                <p className="w-full text-sm text-slate-600">
                  {format(t.reference, locale, { digest: error.digest }, { formatters })}
                </p>
              )}
            </div>
          </section>
        </main>
      </body>
    </html>
  );
}
