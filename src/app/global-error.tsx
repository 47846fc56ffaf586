"use client";

import { usePathname } from "next/navigation";
import { FaultRecovery } from "@/components/recovery/fault-recovery";
import { globalFaultTexts, localeOfPath } from "@/components/recovery/recovery-texts";
import "./globals.css";

// A fault in the locale layout itself (the header's session read, the catalogs): the layout is gone, so this
// page brings its own <html> and a plain header, in the language of the address (Azerbaijani when none).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(usePathname()) ?? "az";
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="bg-brand-700 text-white">
          <div className="mx-auto w-full max-w-3xl px-4 py-3 font-semibold tracking-wide">VEMTAS</div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6">
          <FaultRecovery locale={locale} texts={globalFaultTexts(locale)} error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
