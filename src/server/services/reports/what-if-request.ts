import { z } from "zod";
import { isCalendarDate } from "@/lib/baku-date";
import type { Db } from "@/server/db/create-client";
import type { Policy } from "@/server/domain/batch/policy";
import { parameterOn } from "@/server/domain/parameters";
import { loadParameterSet } from "@/server/services/law/law-data";

// What an administrator asks a what-if: the need criterion in manat, the review margin in percent (both as typed in
// a form, so as text) and the date whose preceding 12 months of decisions are compared. Money becomes qəpik and the
// margin basis points here, exactly, without floating point.

const ZManat = z
  .string()
  .trim()
  .regex(/^\d{1,6}([.,]\d{1,2})?$/, "whatIf.errors.amount")
  .transform((s) => {
    const [whole = "0", cents = ""] = s.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(cents.padEnd(2, "0"));
  });
const ZPercent = z
  .string()
  .trim()
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, "whatIf.errors.percent")
  .transform((s) => {
    const [whole = "0", hundredths = ""] = s.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(hundredths.padEnd(2, "0"));
  });

export const ZWhatIfRequest = z.strictObject({
  asOf: z.string().refine(isCalendarDate, "whatIf.errors.date"),
  needCriterion: ZManat,
  reviewMargin: ZPercent,
});
export type WhatIfRequest = z.output<typeof ZWhatIfRequest>;
export const WHAT_IF_FIELDS = ["asOf", "needCriterion", "reviewMargin"] as const;

/** The policy asked for; the declaration tolerances stay the law's on `asOf`. */
export async function policyOf(db: Db, request: WhatIfRequest): Promise<Policy> {
  const parameters = await loadParameterSet(db);
  const on = (code: "DECLARATION_MATCH_TOLERANCE" | "DECLARATION_REVIEW_TOLERANCE") => parameterOn(code, request.asOf, parameters)?.value ?? 0;
  return {
    needCriterionQepik: request.needCriterion,
    thresholdReviewMarginBp: request.reviewMargin,
    declarationMatchBp: on("DECLARATION_MATCH_TOLERANCE"),
    declarationReviewBp: on("DECLARATION_REVIEW_TOLERANCE"),
  };
}
