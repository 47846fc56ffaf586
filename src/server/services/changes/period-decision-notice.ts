import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { MessageDataInput } from "@/server/content/notices/message-data";

/** The CHANGE_DECISION message's data: what the decision during the period changes, and from when. */
export async function periodDecisionMessage(db: Db, decisionId: string): Promise<MessageDataInput<"CHANGE_DECISION">> {
  const d = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  const finding = await db.falseInformationFinding.findUnique({ where: { decisionId }, select: { barEndsOn: true } });
  const effectiveFrom = d.effectiveFrom ? calendarDateFromDb(d.effectiveFrom) : null;
  if (d.outcome === "ASSIGN") {
    if (d.amountQepik === null || !d.periodTo || !effectiveFrom)
      throw new Error(`decision ${d.id}: an assignment during the period without amount, end or effective month`);
    return {
      outcome: "ASSIGN",
      cause: "CHANGE_REPORT",
      decisionId: d.id,
      amountQepik: d.amountQepik,
      effectiveFrom,
      periodTo: calendarDateFromDb(d.periodTo),
    };
  }
  if (finding)
    return {
      outcome: "REFUSE",
      cause: "FALSE_INFORMATION",
      decisionId: d.id,
      effectiveFrom,
      barEndsOn: calendarDateFromDb(finding.barEndsOn),
    };
  return { outcome: "REFUSE", cause: "CHANGE_REPORT", decisionId: d.id, effectiveFrom };
}
