"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { localeOfPath, recoveryTexts } from "@/components/recovery/recovery-texts";
import { linkClass, primaryButtonClass } from "@/components/recovery/recovery-panel";
import "./globals.css";

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
                <p className="w-full text-sm text-slate-600">{t.reference.replace("{digest}", error.digest)}</p>
              )}
            </div>
          </section>
        </main>
      </body>
    </html>
  );
}
