import "server-only";
import { redirect } from "next/navigation";

/**
 * next-intl's `redirect({ href, locale })` for server code, without next-intl's navigation module: importing that
 * from a page, even only for `redirect`, makes its client `Link` (next/link and next-intl's client) part of the
 * page's first load. Every address carries its language (localePrefix "always").
 */
export function redirectInLocale(locale: string, path: string, query?: Record<string, string>): never {
  redirect(`/${locale}${path}${query ? `?${new URLSearchParams(query)}` : ""}`);
}
