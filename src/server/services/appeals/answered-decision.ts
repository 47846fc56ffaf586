import type { Decision, Outcome } from "@/generated/prisma/client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { appealAmountQepik, appealChangeRefusal, type AppealAnswer } from "@/lib/review/appeal-answer";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import { assignmentPeriod } from "@/server/domain";
import type { IsoDate } from "@/kernel/calendar-date";
import { familyThreshold } from "@/kernel/amount-formula";
import { AppError } from "@/server/errors";
import { appealAnswerReason, parseStoredReasons, type StoredReason } from "@/server/services/decisions/stored-reasons";

/** The appealed decision's stored figures, as far as the answer needs them. */
export type AppealedDecision = Pick<
  Decision,
  "outcome" | "memberCount" | "criterionQepik" | "incomeQepik" | "amountQepik" | "periodFrom" | "periodTo"
> & { reasons: unknown };

/** What the answer's new decision says; the caller adds the ids and writes it. */
export interface AnsweredDecision {
  outcome: Extract<Outcome, "ASSIGN" | "REFUSE">;
  incomeQepik: number | null;
  amountQepik: number | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  reasons: StoredReason[];
}

/**
 * The new decision an answer makes (pure). UPHOLD repeats the appealed decision with the supervisor's explanation
 * added. CHANGE assigns N × C − I on the stored N and C and the stored or corrected I, with the engine's amount
 * rule (rounded down) — for a refusal over the period the engine would have given, from the month of application
 * (the family loses no month to a wrong refusal: the months already past are paid back); for an assignment in its
 * own period, and only upwards: an appeal never worsens the family's position, and there is no change to a
 * refusal by appeal.
 */
export function answeredDecision(
  appealed: AppealedDecision,
  answer: Omit<AppealAnswer, "appealId">,
  ids: { appealId: string; supervisorId: string },
  applicationDate: IsoDate,
): AnsweredDecision {
  if (appealed.outcome === "REVIEW") throw new Error("an appeal is always against a final ASSIGN or REFUSE decision");
  const outcome = answer.answer === "UPHOLD" ? appealed.outcome : "ASSIGN";
  const explanation = appealAnswerReason({
    outcome,
    text: answer.explanation,
    supervisorId: ids.supervisorId,
    appealId: ids.appealId,
  });
  const stored = parseStoredReasons(appealed.reasons);
  if (answer.answer === "UPHOLD") {
    return {
      outcome,
      incomeQepik: appealed.incomeQepik,
      amountQepik: appealed.amountQepik,
      periodFrom: appealed.periodFrom,
      periodTo: appealed.periodTo,
      reasons: [...stored, explanation],
    };
  }

  const n = appealed.memberCount;
  const c = appealed.criterionQepik;
  const income = answer.correctedIncomeQepik ?? appealed.incomeQepik;
  // Without the engine's figures there is nothing to recalculate from: a new assessment, not an appeal answer.
  if (n === null || c === null || income === null || n <= 0) throw new AppError("appealAmountNotPositive");
  const amountQepik = appealAmountQepik(n, c, income);
  const refused = appealChangeRefusal(appealed, amountQepik);
  if (refused) throw new AppError(refused);
  // A recalculated assignment keeps the months it was assigned for; a refusal turned into one starts now.
  const period =
    appealed.outcome === "ASSIGN" && appealed.periodFrom && appealed.periodTo
      ? { from: calendarDateFromDb(appealed.periodFrom), to: calendarDateFromDb(appealed.periodTo) }
      : assignmentPeriod(applicationDate);

  const facts = {
    memberCount: n,
    needCriterionQepik: c,
    thresholdQepik: familyThreshold(n, c),
    averageIncomeQepik: income,
    amountQepik,
    periodFrom: period.from,
    periodTo: period.to,
  };
  const assigned: StoredReason = {
    code: "LOW_INCOME_ASSIGNED",
    kind: "ASSIGNMENT",
    // A corrected income is the supervisor's finding, so they are its source.
    evidence: { sources: answer.correctedIncomeQepik === null ? [] : [`STAFF:${ids.supervisorId}`], facts },
    message: reasonMessage("LOW_INCOME_ASSIGNED", facts),
  };
  // The refusal's grounds were overturned; an assignment's other reasons still hold, with the new amount's.
  const kept = stored.filter((r) => r.kind === "ASSIGNMENT" && r.code !== "LOW_INCOME_ASSIGNED");
  return {
    outcome,
    incomeQepik: income,
    amountQepik,
    periodFrom: calendarDateToDb(period.from),
    periodTo: calendarDateToDb(period.to),
    reasons: [assigned, ...kept, explanation],
  };
}
