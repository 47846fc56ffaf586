import { z } from "zod";
import { APPEAL_REASON_MIN } from "@/lib/wizard/appeal";

// Requests of the citizen's application procedures. The draft itself is checked by the wizard's schema
// (src/lib/wizard/draft-schema.ts), which needs the caller's FIN and today's date and so runs in the service.

const ZApplicationId = z.string().min(1).max(64);
const ZLocale = z.enum(["az", "ru", "en"]);

export const ZStartApplicationRequest = z.object({
  locale: ZLocale,
  districtCode: z.string().min(1).max(64).optional(),
});

export const ZApplicationRef = z.object({ applicationId: ZApplicationId });

export const ZSaveDraftRequest = z.object({
  applicationId: ZApplicationId,
  /** The draftVersion the browser's copy is based on: a save over a newer version is refused. */
  expectedVersion: z.number().int().min(0),
  draft: z.unknown(),
});
export type SaveDraftRequest = z.infer<typeof ZSaveDraftRequest>;

export const ZSubmitApplicationRequest = z.object({
  applicationId: ZApplicationId,
  expectedVersion: z.number().int().min(0),
  locale: ZLocale,
});
export type SubmitApplicationRequest = z.infer<typeof ZSubmitApplicationRequest>;

export const ZFileAppealRequest = z.object({
  applicationId: ZApplicationId,
  reason: z
    .string()
    .trim()
    .min(APPEAL_REASON_MIN, { error: "errors.appealReasonTooShort" })
    .max(4000, { error: "errors.textTooLong" }),
  /**
   * The language the appeal is written in, which the supervisor answers in: the page's the family files it from, or
   * the one staff choose at the office. Left out (a page loaded before it was asked), the application's stands for it.
   */
  locale: ZLocale.optional(),
});
export type FileAppealRequest = z.infer<typeof ZFileAppealRequest>;
