import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { paidToCardInUse } from "@/server/services/bank/reuse-card-account";
import { parseStoredReasons } from "@/server/services/decisions/stored-reasons";

export interface AnsweredAppeal {
  decisionId: string;
  outcome: "ASSIGN" | "REFUSE";
  /** True when the answer assigns and the family has no opened card account yet, so one must be ordered. */
  needsCardAccount: boolean;
}

/** The answered appeal's new decision, as the background step needs it; null while the appeal is not answered. */
export async function readAnsweredAppeal(db: Db, appealId: string): Promise<AnsweredAppeal | null> {
  const appeal = await db.appeal.findUnique({
    where: { id: appealId },
    select: { applicationId: true, answerDecision: { select: { id: true, outcome: true } } },
  });
  const d = appeal?.answerDecision;
  if (!appeal || !d || d.outcome === "REVIEW") return null;
  // The account the family already has keeps being paid into; a refused or failed order does not count.
  const opened =
    d.outcome === "ASSIGN" &&
    (await db.bankAccountOrder.count({
      where: { applicationId: appeal.applicationId, status: "OPENED", decisionId: { not: d.id } },
    })) > 0;
  return { decisionId: d.id, outcome: d.outcome, needsCardAccount: d.outcome === "ASSIGN" && !opened };
}

/** The family's message about the answer: the new decision and the supervisor's explanation. */
export async function appealAnswerMessage(db: Db, appealId: string): Promise<MessageDataInput<"APPEAL_ANSWER">> {
  const appeal = await db.appeal.findUniqueOrThrow({
    where: { id: appealId },
    select: { id: true, applicationId: true, answerKind: true, answerDecision: true },
  });
  const d = appeal.answerDecision;
  if (!d || !appeal.answerKind) throw new Error(`appeal ${appealId} is not answered`);
  const explanation = parseStoredReasons(d.reasons).find((r) => r.code === "APPEAL_ANSWER")?.message.en;
  if (!explanation) throw new Error(`decision ${d.id}: no APPEAL_ANSWER reason`);
  if (d.outcome === "ASSIGN") {
    if (d.amountQepik === null || !d.periodFrom || !d.periodTo)
      throw new Error(`decision ${d.id}: ASSIGN without amount or period`);
    return {
      outcome: "ASSIGN",
      appealId: appeal.id,
      answer: appeal.answerKind,
      decisionId: d.id,
      amountQepik: d.amountQepik,
      // An answer to a decision during the period rules from that decision's day, as its letter and reason say.
      periodFrom: calendarDateFromDb(d.effectiveFrom ?? d.periodFrom),
      periodTo: calendarDateFromDb(d.periodTo),
      explanation,
      // A renewal on the family's card says so, as its decision notice does (decide-application.ts).
      sameCard: await paidToCardInUse(db, appeal.applicationId),
    };
  }
  return { outcome: "REFUSE", appealId: appeal.id, answer: "UPHOLD", decisionId: d.id, explanation };
}
