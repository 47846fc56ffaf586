import { z } from "zod";

// Staff's note when they act on a family's behalf at the district office: resuming stopped payments
// (docs/payments.md), recording a change the family reported there (docs/changes-during-the-period.md) or an appeal
// it handed in (docs/staff-workspace.md). The case file's forms check it as the server validates it. Browser-safe;
// messages are catalog keys.

/** The note's longest length: the schema's bound and the forms' `maxLength`. */
export const STAFF_OFFICE_NOTE_MAX = 500;

/** How the family asked or told, e.g. "came to the office with the certificate"; kept for staff, not shown to the family. */
export const ZStaffOfficeNote = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(STAFF_OFFICE_NOTE_MAX, "errors.textTooLong");
