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

/**
 * Whether the application's page shows the assistance year's payments, the same on the family's page and the staff
 * case file: while it is assigned, and afterwards for as long as it has months (those paid or owed before a later
 * decision ended the assignment, or those a renewal took over), so what was paid never disappears from either page.
 */
export function showsPayments(app: { status: ApplicationStatus; hasPaymentMonths: boolean }): boolean {
  return app.status === "ASSIGNED" || app.hasPaymentMonths;
}
