import type { AppLocale } from "@/i18n/routing";

// The catalogs are split by area so that each part of the app keeps its own texts: the core catalog
// (`<locale>.json`) and one folder per area (`<area>/<locale>.json`). Keys of different files never overlap:
// each area file holds its own top-level namespaces.
export const MESSAGE_AREAS = [
  "inspection",
  "review",
  "audit",
  "operations",
  "what-if",
  "administration",
  "assistance-year",
  "payroll",
  "reports",
  "changes",
  "workspace",
  "security",
  "notices",
  "visit-calendar",
  "manual-entry",
  "reasons",
  "recovery",
] as const;

type Catalog = Record<string, unknown>;

/**
 * Namespaces only the server renders (the notices sent by SMS and e-mail, the e-mails to staff, the reasons' texts
 * a decision stores and pages show as stored, the pages' titles): left out of the messages every page hands to the
 * browser, which a citizen's phone would otherwise download on each page.
 */
export const SERVER_ONLY_NAMESPACES = ["notices", "staffMail", "staffUnlockEmail", "reasons", "pageTitles"] as const;

/** The catalog without the server-only namespaces, for the client provider. */
export function clientMessages(messages: Catalog): Catalog {
  const omitted: readonly string[] = SERVER_ONLY_NAMESPACES;
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !omitted.includes(namespace)));
}

/**
 * What the citizen wizard's client components read (the apply page hands them to the wizard, which reads them
 * through wizard-texts.tsx instead of next-intl's client): the steps, the refusals' texts, and the date field's
 * from `common`.
 * client-messages.test.ts follows the wizard's imports to keep it whole.
 */
export const WIZARD_CLIENT_NAMESPACES = ["wizard", "errors", "common"] as const;

/** Only the given namespaces of a catalog. */
export function pickNamespaces(messages: Catalog, namespaces: readonly string[]): Catalog {
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => namespaces.includes(namespace)));
}

export async function loadMessages(locale: AppLocale): Promise<Catalog> {
  const core = (await import(`./${locale}.json`)).default as Catalog;
  const areas = await Promise.all(
    MESSAGE_AREAS.map(async (area) => (await import(`./${area}/${locale}.json`)).default as Catalog),
  );
  return Object.assign({}, core, ...areas);
}
