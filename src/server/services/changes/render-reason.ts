import { reasonMessage, type ExplainedReason } from "@/server/content/reasons/reason-message";
import { REASON_KIND_BY_CODE, type ReasonDraft } from "@/server/domain/reasons";

/** A reason as the engine's decisions store it (code, kind, evidence, text), for a decision made outside the engine. */
export function renderReason(d: ReasonDraft): ExplainedReason {
  return {
    code: d.code,
    kind: REASON_KIND_BY_CODE[d.code],
    evidence: { sources: d.sources, facts: { ...d.facts } },
    message: reasonMessage(d.code, d.facts, undefined, d.sources),
  };
}
