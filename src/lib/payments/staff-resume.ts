import { z } from "zod";

// Staff's request to resume a stopped family's payments at the office (docs/payments.md, "Resuming after the 2-month
// stop"), as the case file's form checks it and the server validates it. Browser-safe; messages are catalog keys.

/** The note's longest length: the schema's bound and the form's `maxLength`. */
export const STAFF_RESUME_NOTE_MAX = 500;

/** Why staff asked on the family's behalf, e.g. "the family asked at the office"; kept on the request, not shown to the family. */
export const ZStaffResumeNote = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(STAFF_RESUME_NOTE_MAX, "errors.textTooLong");
