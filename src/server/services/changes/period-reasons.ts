import type { IsoDate } from "@/kernel/calendar-date";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import type { ReasonFactsByCode } from "@/server/domain/reasons";

/**
 * The engine's reasons as a decision during the period states them. The engine decides a reassessment as it does a
 * first decision, as of the report's day: its LOW_INCOME_ASSIGNED names the 12-month period that day would start
 * and the income "before the month of application". A decision during the period changes the assistance only from
 * its effective day to the end of the period that runs, and counted the income before the month the change was
 * reported in: the reason says so (`reassessedOn`), and its text is written again from those facts. Every other
 * reason is kept as it is.
 */
export function reasonsInForce<R extends { code: string; evidence?: unknown; message: unknown }>(
  reasons: readonly R[],
  inForce: { from: IsoDate; to: IsoDate; reassessedOn: IsoDate },
): R[] {
  return reasons.map((r) => {
    if (r.code !== "LOW_INCOME_ASSIGNED") return r;
    const evidence = r.evidence as { sources?: unknown; facts?: ReasonFactsByCode["LOW_INCOME_ASSIGNED"] } | undefined;
    if (!evidence?.facts) return r;
    const facts: ReasonFactsByCode["LOW_INCOME_ASSIGNED"] = {
      ...evidence.facts,
      periodFrom: inForce.from,
      periodTo: inForce.to,
      reassessedOn: inForce.reassessedOn,
    };
    return { ...r, evidence: { ...evidence, facts }, message: reasonMessage("LOW_INCOME_ASSIGNED", facts) };
  });
}
