import { z } from "zod";
import { bakuDate, isIsoDate } from "@/kernel/calendar-date";

// What an administrator asks a what-if: the need criterion in manat, the review margin in percent (both as typed in
// a form, so as text) and the date whose preceding 12 months of decisions are compared. Money becomes qəpik and the
// margin basis points here, exactly, without floating point. The page parses its address with it, the route and
// the procedure their input. An empty field is refused as such, before its format (the page shows the first).

const ZManat = z
  .string()
  .trim()
  .min(1, "errors.required")
  .regex(/^\d{1,6}([.,]\d{1,2})?$/, "whatIf.errors.amount")
  .transform((s) => {
    const [whole = "0", cents = ""] = s.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(cents.padEnd(2, "0"));
  });
const ZPercent = z
  .string()
  .trim()
  .min(1, "errors.required")
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, "whatIf.errors.percent")
  .transform((s) => {
    const [whole = "0", hundredths = ""] = s.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(hundredths.padEnd(2, "0"));
  });

export const ZWhatIfRequest = z.strictObject({
  asOf: z
    .string()
    .min(1, "errors.required")
    .refine(isIsoDate, "errors.dateFormat")
    // No family is decided after today: a future date would only answer "nobody was decided" (the clock of the
    // parse, in Baku, as the form's default day is).
    .refine((d) => !isIsoDate(d) || d <= bakuDate(new Date()), "whatIf.errors.dateFuture"),
  needCriterion: ZManat,
  reviewMargin: ZPercent,
});
export type WhatIfRequest = z.output<typeof ZWhatIfRequest>;
export const WHAT_IF_FIELDS = ["asOf", "needCriterion", "reviewMargin"] as const;
