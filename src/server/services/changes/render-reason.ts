import { REASON_KIND_BY_CODE, type Reason, type ReasonDraft } from "@/server/domain/reasons";
import { REASON_MESSAGES } from "@/server/domain/reason-messages";
import type { LocalizedText, ReasonCode, ReasonFactsByCode } from "@/server/domain/reasons";

/** A reason as the engine stores it (code, kind, evidence, messages), for a decision made outside the engine. */
export function renderReason(d: ReasonDraft): Reason {
  const message = (REASON_MESSAGES[d.code] as (f: ReasonFactsByCode[ReasonCode]) => LocalizedText)(d.facts);
  return {
    code: d.code,
    kind: REASON_KIND_BY_CODE[d.code],
    evidence: { sources: d.sources, facts: { ...d.facts } },
    message,
  };
}
