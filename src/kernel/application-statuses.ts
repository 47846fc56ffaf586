import { ApplicationStatus } from "@/generated/prisma/enums";

// The application's statuses, read from the Prisma enum (the browser-safe `enums` module) rather than copied
// by hand, and the groups of them the rules, the forms and the chain share.

export const APPLICATION_STATUSES = Object.values(ApplicationStatus) as [ApplicationStatus, ...ApplicationStatus[]];

/**
 * Submitted and not yet decided or withdrawn: the background chain still works on it, and a family may have
 * only one such application.
 */
export const OPEN_STATUSES = [
  "SUBMITTED",
  "INSPECTION_SCHEDULED",
  "DATA_COLLECTED",
  "AWAITING_REVIEW",
] as const satisfies readonly ApplicationStatus[];

/** Not decided yet, so the family may still withdraw it. */
export const WITHDRAWABLE_STATUSES = ["DRAFT", ...OPEN_STATUSES] as const satisfies readonly ApplicationStatus[];

export type OpenStatus = (typeof OPEN_STATUSES)[number];

export function isOpenStatus(status: ApplicationStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly ApplicationStatus[]).includes(status);
}
