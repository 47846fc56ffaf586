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

/**
 * PERSON: asked once for every family member, by that member's FIN.
 * HOUSEHOLD: asked once per application, by the representative's FIN, because utility accounts belong to the
 * dwelling (the ministry's own test of a household is shared meters), not to each person.
 */
export type AgencyScope = "PERSON" | "HOUSEHOLD";

export function isAgencyCode(value: string): value is AgencyCode {
  return (AGENCY_CODES as readonly string[]).includes(value);
}

/** `civil-status` → `CIVIL_STATUS`, the form used in environment variable names. */
export function agencyEnvKey(code: AgencyCode): string {
  return code.toUpperCase().replace(/-/g, "_");
}
