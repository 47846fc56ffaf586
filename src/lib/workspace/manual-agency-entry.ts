import { z } from "zod";
import { AGENCY_CODES } from "@/kernel/agency-services";

// Facts a caseworker enters by hand for an agency that could not answer, and a supervisor's answer to such an entry
// when it changes the outcome, as the forms check them and the server validates them. Browser-safe; messages are
// catalog keys.

export const MANUAL_ENTRY_REASON_MIN = 10;
export const MANUAL_ENTRY_REASON_MAX = 2000;
/** The facts as the agency would have sent them, written as JSON; a reply of any register fits well inside. */
export const MANUAL_ENTRY_FACTS_MAX = 20000;

const reason = z
  .string()
  .trim()
  .min(1, "errors.required")
  .min(MANUAL_ENTRY_REASON_MIN, "wsManualEntry.errors.reasonTooShort")
  .max(MANUAL_ENTRY_REASON_MAX, "errors.textTooLong");

/** The body of the agency's reply (without the person and period, which the server adds), as a JSON object. */
export const ZManualFacts = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(MANUAL_ENTRY_FACTS_MAX, "errors.textTooLong")
  .transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "wsManualEntry.errors.notJson" });
    return z.NEVER;
  });

export const ZManualAgencyEntry = z.strictObject({
  applicationId: z.string().min(1).max(64),
  agency: z.enum(AGENCY_CODES),
  /** The person the agency was asked about; "" for a household service. */
  memberFin: z.union([z.literal(""), z.string().regex(/^[0-9A-Z]{7}$/)]),
  facts: ZManualFacts,
  reason,
});
export type ManualAgencyEntryInput = z.input<typeof ZManualAgencyEntry>;

/** CONFIRM lets the entry take effect; REJECT refuses it, with the supervisor's reason. */
export const ZManualEntryDecision = z.discriminatedUnion("action", [
  z.strictObject({ entryId: z.string().min(1).max(64), action: z.literal("CONFIRM") }),
  z.strictObject({ entryId: z.string().min(1).max(64), action: z.literal("REJECT"), reason }),
]);
export type ManualEntryDecision = z.infer<typeof ZManualEntryDecision>;
