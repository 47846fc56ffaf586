import type { Decision, Outcome } from "@/generated/prisma/client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { appealAmountQepik, appealChangeRefusal, type AppealAnswer } from "@/lib/review/appeal-answer";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import { assignmentPeriod } from "@/server/domain";
import type { IsoDate } from "@/kernel/calendar-date";
import { familyThreshold } from "@/kernel/amount-formula";
import { AppError } from "@/server/errors";
import { appealAnswerReason, parseStoredReasons, type StoredReason } from "@/server/services/decisions/stored-reasons";
import { reasonsInForce } from "@/server/services/changes/period-reasons";

/** The appealed decision's stored figures, as far as the answer needs them. */
export type AppealedDecision = Pick<
  Decision,
  | "outcome"
  | "memberCount"
  | "criterionQepik"
  | "incomeQepik"
  | "amountQepik"
  | "periodFrom"
  | "periodTo"
  | "effectiveFrom"
> & { reasons: unknown };

/** What the answer's new decision says; the caller adds the ids and writes it. */
export interface AnsweredDecision {
  outcome: Extract<Outcome, "ASSIGN" | "REFUSE">;
  incomeQepik: number | null;
  amountQepik: number | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  /**
   * The appealed decision's: an answer to a decision during the period (a reported change, a finding) rules the
   * months that decision ruled, from its effective day; the months before it keep the decision they had. Null for
   * an answer to a first decision, which rules its whole period.
   */
  effectiveFrom: Date | null;
  reasons: StoredReason[];
}

/**
 * The new decision an answer makes (pure). UPHOLD repeats the appealed decision with the supervisor's explanation
 * added. CHANGE assigns N × C − I on the stored N and C and the stored or corrected I, with the engine's amount
 * rule (rounded down) — for a refusal over the period the engine would have given, from the month of application
 * (the family loses no month to a wrong refusal: the months already past are paid back); for an assignment in its
 * own period, and only upwards: an appeal never worsens the family's position, and there is no change to a
 * refusal by appeal.
 *
 * An answer to a decision during the period (`effectiveFrom` set) states what that decision stated
 * (`reasonsInForce`, as the reassessment and a person's answer to it do): the amount in force from its effective day
 * to the period's end, and, after a reported change, the income and deals counted before the month the change was
 * reported in (`reassessedOn`, the report's day; null for a finding made on the figures of a first decision). An
 * answer to a first decision reads exactly as it always did.
 */
export function answeredDecision(
  appealed: AppealedDecision,
  answer: Omit<AppealAnswer, "appealId">,
  ids: { appealId: string; supervisorId: string },
  applicationDate: IsoDate,
  reassessedOn: IsoDate | null = null,
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
  const inForceFrom = appealed.effectiveFrom ? calendarDateFromDb(appealed.effectiveFrom) : null;
  if (answer.answer === "UPHOLD") {
    // A change decision's reasons say so already (restating them again changes nothing); one written before they
    // were restated is restated here from its facts, so that its answer does not read as a first decision. A
    // refusal has no period, and its reasons (LARGE_TRANSACTION) need only the report's day.
    const upheld =
      inForceFrom && reassessedOn
        ? reasonsInForce(stored, {
            from: inForceFrom,
            to: appealed.periodTo ? calendarDateFromDb(appealed.periodTo) : inForceFrom,
            reassessedOn,
          })
        : stored;
    return {
      outcome,
      incomeQepik: appealed.incomeQepik,
      amountQepik: appealed.amountQepik,
      periodFrom: appealed.periodFrom,
      periodTo: appealed.periodTo,
      effectiveFrom: appealed.effectiveFrom,
      reasons: [...upheld, explanation],
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
    // A decision during the period is answered for the months it ruled: its amount is in force from its day.
    periodFrom: inForceFrom ?? period.from,
    periodTo: period.to,
    ...(inForceFrom && reassessedOn ? { reassessedOn } : {}),
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
    effectiveFrom: appealed.effectiveFrom,
    reasons: [assigned, ...kept, explanation],
  };
}
