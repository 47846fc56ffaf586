import type { ChangeReport } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { parseStoredReasons } from "@/server/services/decisions/stored-reasons";
import { runningPeriod } from "./running-decision";

/**
 * The decision that rules the month of `now` (Baku) and what it pays then. A decision during the period rules
 * from its `effectiveFrom` (the 1st of next month), so the latest final decision is not always the one paid:
 * after a change was answered "end the assistance" on 15 June, June is still paid at the earlier amount.
 */
export async function decisionInForce(db: Db, applicationId: string, now: Date) {
  const today = bakuDate(now);
  const finals = await db.decision.findMany({
    where: { applicationId, final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const ruling = finals.find((d) => d.effectiveFrom === null || calendarDateFromDb(d.effectiveFrom) <= today);
  if (!ruling) return null;
  const period = runningPeriod(ruling, today);
  return { outcome: ruling.outcome, amountQepik: period ? ruling.amountQepik : null };
}

/**
 * A decision already made that rules from a later month than `now`'s (an earlier report's answer, from the 1st of
 * next month), or null: the amount a new answer replaces from then, which "paid now" does not show.
 */
export async function decisionAhead(db: Db, applicationId: string, now: Date) {
  const today = bakuDate(now);
  const ahead = await db.decision.findFirst({
    // The latest decision only: one made since that rules from now (an appeal's answer) leaves nothing ahead.
    where: { applicationId, final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!ahead?.effectiveFrom) return null;
  const from = calendarDateFromDb(ahead.effectiveFrom);
  if (from <= today) return null;
  return { outcome: ahead.outcome, amountQepik: ahead.outcome === "ASSIGN" ? ahead.amountQepik : null, from };
}

/**
 * A decided report's answer as staff read it on the case page: the outcome, from when it rules and at what
 * amount, who answered (null for the engine), when, and the reason they wrote for the family. Null while the
 * report is not answered, or when it was closed without a decision (the period was over).
 */
export async function staffAnswerOf(db: Db, report: Pick<ChangeReport, "resultDecisionId" | "decidedAt">) {
  if (!report.resultDecisionId) return null;
  const decision = await db.decision.findUnique({ where: { id: report.resultDecisionId } });
  if (!decision) return null;
  const person =
    decision.decidedBy === "SYSTEM"
      ? null
      : await db.user.findUnique({ where: { id: decision.decidedBy }, select: { name: true } });
  // The reviewer's words are one reason among the engine's; written once, the same in every language.
  const written = parseStoredReasons(decision.reasons).find((r) => r.code === "REVIEWER_DECISION");
  return {
    outcome: decision.outcome,
    amountQepik: decision.outcome === "ASSIGN" ? decision.amountQepik : null,
    effectiveFrom: decision.effectiveFrom ? calendarDateFromDb(decision.effectiveFrom) : null,
    decidedBy: person?.name ?? null,
    decidedAt: report.decidedAt ?? decision.createdAt,
    reason: written?.message.az ?? null,
  };
}
