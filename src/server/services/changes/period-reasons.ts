import type { IsoDate } from "@/kernel/calendar-date";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import type { ReasonFactsByCode } from "@/server/domain/reasons";

/** The days a decision during the period rests on: the months its amount is in force, and the report's day. */
export interface InForce {
  from: IsoDate;
  to: IsoDate;
  reassessedOn: IsoDate;
}

type Rewritten = "LOW_INCOME_ASSIGNED" | "LARGE_TRANSACTION";

/**
 * The engine's reasons as a decision during the period states them. The engine decides a reassessment as it does a
 * first decision, as of the report's day: its windows are the 12 whole months before the report's month, but its
 * texts would name "the month of application" — LOW_INCOME_ASSIGNED for the income (and the 12-month period that
 * day would start), LARGE_TRANSACTION for the deals it looked at. A decision during the period changes the
 * assistance only from its effective day to the end of the period that runs, and counted the income and the deals
 * before the month the change was reported in: those reasons say so (`reassessedOn`), and their texts are written
 * again from those facts. Every other reason is kept as it is (none names a window). Idempotent: a reason already
 * restated (a proposal's, then the person's answer) is restated again from the same facts.
 */
export function reasonsInForce<R extends { code: string; evidence?: unknown; message: unknown }>(
  reasons: readonly R[],
  inForce: InForce,
): R[] {
  return reasons.map((r) => {
    switch (r.code) {
      case "LOW_INCOME_ASSIGNED":
        return restated(r, "LOW_INCOME_ASSIGNED", (facts) => ({
          ...facts,
          periodFrom: inForce.from,
          periodTo: inForce.to,
          reassessedOn: inForce.reassessedOn,
        }));
      case "LARGE_TRANSACTION":
        return restated(r, "LARGE_TRANSACTION", (facts) => ({ ...facts, reassessedOn: inForce.reassessedOn }));
      default:
        return r;
    }
  });
}

function restated<R extends { code: string; evidence?: unknown; message: unknown }, C extends Rewritten>(
  r: R,
  code: C,
  patch: (facts: ReasonFactsByCode[C]) => ReasonFactsByCode[C],
): R {
  const evidence = r.evidence as { sources?: unknown; facts?: ReasonFactsByCode[C] } | undefined;
  // A reason without its facts (none the engine writes) cannot be written again: it is kept as it was.
  if (!evidence?.facts) return r;
  const facts = patch(evidence.facts);
  return { ...r, evidence: { ...evidence, facts }, message: reasonMessage(code, facts) };
}
