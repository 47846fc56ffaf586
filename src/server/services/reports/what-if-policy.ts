import type { WhatIfRequest } from "@/lib/what-if/what-if-request";
import type { Db } from "@/server/db/create-client";
import type { Policy } from "@/server/domain/batch/policy";
import { parameterOn } from "@/server/domain/parameters";
import { loadParameterSet } from "@/server/services/law/law-data";

/** The policy asked for; the declaration tolerances stay the law's on `asOf`. */
export async function policyOf(db: Db, request: WhatIfRequest): Promise<Policy> {
  const parameters = await loadParameterSet(db);
  const on = (code: "DECLARATION_MATCH_TOLERANCE" | "DECLARATION_REVIEW_TOLERANCE") =>
    parameterOn(code, request.asOf, parameters)?.value ?? 0;
  return {
    needCriterionQepik: request.needCriterion,
    thresholdReviewMarginBp: request.reviewMargin,
    declarationMatchBp: on("DECLARATION_MATCH_TOLERANCE"),
    declarationReviewBp: on("DECLARATION_REVIEW_TOLERANCE"),
  };
}
