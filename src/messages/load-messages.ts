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
  "manual-entry",
] as const;

type Catalog = Record<string, unknown>;

export async function loadMessages(locale: AppLocale): Promise<Catalog> {
  const core = (await import(`./${locale}.json`)).default as Catalog;
  const areas = await Promise.all(
    MESSAGE_AREAS.map(async (area) => (await import(`./${area}/${locale}.json`)).default as Catalog),
  );
  return Object.assign({}, core, ...areas);
}
