/**
 * The 20 agency services VEMTAS reaches through the e-government gateway (RULES.md, "Where data comes from").
 * A code is the service's stable name: it appears in URLs, env vars (upper-cased, `-` → `_`), audit rows and
 * stored results, so renaming one orphans history.
 */
export const AGENCY_CODES = [
  "population",
  "civil-status",
  "penitentiary",
  "labour",
  "pensions",
  "employment",
  "tax",
  "property",
  "agriculture",
  "vehicles",
  "education",
  "disability",
  "conscription",
  "electricity",
  "gas",
  "water",
  "telecom",
  "credit-bureau",
  "idp",
  "border",
] as const;

export type AgencyCode = (typeof AGENCY_CODES)[number];
