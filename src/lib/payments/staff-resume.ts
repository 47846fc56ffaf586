import { z } from "zod";

// Staff's request to resume a stopped family's payments at the office (docs/payments.md, "Resuming after the 2-month
// stop"), as the case file's form checks it and the server validates it. Browser-safe; messages are catalog keys.

/** Why staff asked on the family's behalf, e.g. "the family asked at the office"; kept on the request, not shown to the family. */
export const ZStaffResumeNote = z.string().trim().min(1, "errors.required").max(500, "errors.textTooLong");
