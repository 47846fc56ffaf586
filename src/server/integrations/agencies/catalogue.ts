import { AGENCY_CODES, type AgencyCode } from "@/kernel/agency-services";

// The gateway's service names live in the kernel, shared with the staff pages that name an agency to ask again.
export { AGENCY_CODES, type AgencyCode };

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
