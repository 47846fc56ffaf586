import { locales } from "@/i18n/routing";
import { languageNames, recoveryTexts } from "@/components/recovery/recovery-texts";
import { linkClass } from "@/components/recovery/recovery-panel";
import "./globals.css";

// An address outside every locale (the proxy sends page addresses to a locale, so this is what is left:
// unknown `/api/…` paths and missing files). The language is unknown, so the page speaks all three.
export default function RootNotFound() {
  return (
    <html lang="az">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="bg-brand-700 text-white">
          <div className="mx-auto w-full max-w-3xl px-4 py-3 font-semibold tracking-wide">VEMTAS</div>
        </header>
        <main id="main" className="mx-auto w-full max-w-3xl space-y-4 px-4 py-6" data-testid="not-found">
          {locales.map((locale) => (
            <section key={locale} lang={locale} className="space-y-2 rounded-lg border border-slate-200 bg-white p-6">
              <h1 className="text-2xl font-bold">{recoveryTexts[locale].notFoundTitle}</h1>
              <p>{recoveryTexts[locale].notFoundText}</p>
              <a href={`/${locale}`} className={linkClass}>
                {recoveryTexts[locale].home} ({languageNames[locale]})
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
