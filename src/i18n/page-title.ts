import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isAppLocale } from "./locales";
import { routing } from "./routing";

/**
 * Every page's title (`pageTitles` in the core catalogs), in the page's language. A caseworker with several case
 * files open tells the tabs apart by it, and a screen reader announces it on arrival. It ends in " · VEMTAS".
 * Titles never carry a family's data: a tab's title shows in the history, on a shared screen and to
 * the browser's sync.
 */
export const PAGE_TITLES = [
  "home",
  "signIn",
  "signInError",
  "my",
  "apply",
  "application",
  "letter",
  "inspector",
  "staffHome",
  "staffAttention",
  "staffMine",
  "caseFile",
  "review",
  "appeal",
  "visitCalendar",
  "staffSignIn",
  "forgotPassword",
  "setPassword",
  "twoFactor",
  "unlock",
  "admin",
  "systemHealth",
  "holidays",
  "staffAccount",
  "newStaffAccount",
  "whatIf",
  "audit",
  "reports",
  "notFound",
] as const;
export type PageTitle = (typeof PAGE_TITLES)[number];

/** A page's `generateMetadata`: `export const generateMetadata = pageTitle("signIn");`. */
export function pageTitle(page: PageTitle) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> =>
    titleIn((await params).locale, page);
}

/**
 * The `generateMetadata` of a page that renders not-found for a thing the person cannot see (another family's
 * application, another district's case): the tab and a screen reader then say "Page not found" too. Next streams
 * these pages, so a notFound() thrown by the page itself comes after the title and cannot change it.
 */
export function pageTitleUnlessHidden<P extends { locale: string }>(
  page: PageTitle,
  visible: (params: P, searchParams: SearchParams) => Promise<boolean>,
) {
  // The query too, for a page whose thing is named there (the letter's `?decision=`); a layout has none.
  return async ({
    params,
    searchParams,
  }: {
    params: Promise<P>;
    searchParams?: Promise<SearchParams>;
  }): Promise<Metadata> => {
    const p = await params;
    return titleIn(p.locale, (await visible(p, (await searchParams) ?? {})) ? page : "notFound");
  };
}

type SearchParams = Record<string, string | string[] | undefined>;

async function titleIn(locale: string, page: PageTitle): Promise<Metadata> {
  const t = await getTranslations({ locale: isAppLocale(locale) ? locale : routing.defaultLocale });
  // Absolute, not the layout's template: a template does not reach the pages of its own segment (the home page).
  return { title: { absolute: `${t(`pageTitles.${page}`)} · ${t("common.appName")}` } };
}
