import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isAppLocale, locales } from "@/i18n/locales";
import { SiteHeader } from "@/components/site-header";
import { FaultTextsProvider } from "@/components/recovery/fault-texts";
import { faultTextsOf } from "@/components/recovery/fault-texts-of";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  // Each page names itself (`pageTitle`); this is the title of what has none of its own.
  return { title: t("appName"), description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="group/body min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        {/* No next-intl client provider and no tRPC provider here: each section adds its texts and, if it calls
            tRPC, the provider (see section-messages.tsx), and the citizen wizard its own texts without next-intl
            (wizard-texts.tsx), so a phone filling it in downloads neither the staff's texts, next-intl's client
            nor tRPC. */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6 has-[[data-wide]]:max-w-[90rem]">
          {/* Inside it, the error page (error.tsx) of every page below: its texts, formatted here. */}
          <FaultTextsProvider texts={await faultTextsOf(locale)}>{children}</FaultTextsProvider>
        </main>
      </body>
    </html>
  );
}
