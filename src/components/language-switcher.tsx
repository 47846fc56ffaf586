"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { locales } from "@/i18n/locales";

// Each language is named in itself, so a person who cannot read the current language still finds theirs.
const NATIVE_NAMES = { az: "Azərbaycanca", ru: "Русский", en: "English" } as const;

/**
 * The same page and query in each language, as plain links: switching reloads the page in the new language, so
 * nothing of next-intl's navigation or `next/link` has to come with every page. A client component only to read
 * the address, which a client-side navigation changes under the locale layout without rendering it again.
 */
export function LanguageSwitcher({ label, current }: { label: string; current: string }) {
  // Every address starts with its language (localePrefix "always"): what follows it is the page.
  const page = usePathname().replace(/^\/[^/]+/, "");
  const query = useSearchParams().toString();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${page}${query && `?${query}`}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`rounded px-2 py-1 ${locale === current ? "bg-white text-brand-700" : "underline"}`}
            >
              {NATIVE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
