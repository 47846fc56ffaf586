import { explainReasons } from "@/server/content/reasons/reason-message";
import type { ApplicationStatus, Outcome, Prisma } from "@/generated/prisma/client";
import { isOpenStatus, OPEN_STATUSES } from "@/kernel/application-statuses";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import type { Assessment } from "@/server/domain";
import { advanceStatusesIn, lockApplication } from "@/server/services/applications/advance-status";
import { findCardAccountToReuse } from "@/server/services/bank/reuse-card-account";
import { assessApplication } from "./assess-application";

import { parseStoredReasons } from "./stored-reasons";

import type { EngineInspection } from "@/server/services/inspections/settle-inspection";

export type DecideResult = { kind: "CLOSED" } | { kind: "DECIDED"; decisionId: string; outcome: Outcome };

/**
 * For a REVIEW, what the figures alone say: REFUSE when a refusal ground is listed, else ASSIGN when I < N × C,
 * else REFUSE. A reviewer answering otherwise overrides the engine (four-eyes in the review service).
 */
export function proposedOutcome(assessment: Assessment): Extract<Outcome, "ASSIGN" | "REFUSE"> {
  if (assessment.reasons.some((r) => r.kind === "REFUSAL")) return "REFUSE";
  const { thresholdQepik, averageMonthlyIncomeQepik } = assessment.figures;
  return thresholdQepik !== null && averageMonthlyIncomeQepik < thresholdQepik ? "ASSIGN" : "REFUSE";
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The statuses in which the chain is still gathering the data a decision needs. */
const COLLECTING: readonly ApplicationStatus[] = ["SUBMITTED", "INSPECTION_SCHEDULED"];

/**
 * The chain's step 4: the application's data is complete (SUBMITTED / INSPECTION_SCHEDULED → DATA_COLLECTED), and
 * the decision engine runs on the verified case (agency data, declaration, inspection) with the parameters and
 * holidays of the database; its Decision is stored with its reasons and the rules it checked, in the same
 * transaction as the status. ASSIGN and REFUSE are final and move the application on to ASSIGNED / REFUSED; REVIEW
 * waits for a person. Idempotent: the application's engine decision is written once (under the application's row
 * lock), and a retried step gets it back, even one that ran at the same time as the try that wrote it; an
 * application closed meanwhile (withdrawn, decided by a person) without one is CLOSED. The case is read and assessed
 * before the lock, so the lock is held only for the writes.
 */
export async function decideApplication(
  db: Db,
  opts: { applicationId: string; inspection: EngineInspection; now: Date },
): Promise<DecideResult> {
  // Read at once: a retry after the decision was written (rare) only wastes the assessment.
  const [existing, { assessment, staffEntered, memberNames }] = await Promise.all([
    engineDecision(db, opts.applicationId),
    assessApplication(db, opts),
  ]);
  if (existing) return { kind: "DECIDED", decisionId: existing.id, outcome: existing.outcome };
  const { figures } = assessment;

  // Seven round trips in the usual case: BEGIN, the lock, the decision, the status, its two timeline rows, COMMIT.
  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, opts.applicationId);
    if (!app) return { kind: "CLOSED" as const };
    // Still SUBMITTED or INSPECTION_SCHEDULED under the lock: no engine decision exists, as writing one moves the
    // application past both in the same commit and nothing moves it back. Past them, an earlier try (perhaps one
    // running at the same time) decided, and its decision is the answer even if the application is closed now.
    if (!COLLECTING.includes(app.status)) {
      const again = await engineDecision(tx, opts.applicationId);
      if (again) return { kind: "DECIDED" as const, decisionId: again.id, outcome: again.outcome };
      if (!isOpenStatus(app.status)) return { kind: "CLOSED" as const };
    }
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        outcome: assessment.outcome,
        proposedOutcome: assessment.outcome === "REVIEW" ? proposedOutcome(assessment) : null,
        memberCount: figures.memberCount,
        criterionQepik: figures.needCriterionQepik,
        incomeQepik: figures.averageMonthlyIncomeQepik,
        amountQepik: assessment.outcome === "REFUSE" ? null : figures.amountQepik,
        periodFrom: figures.period ? calendarDateToDb(figures.period.from) : null,
        periodTo: figures.period ? calendarDateToDb(figures.period.to) : null,
        reasons: json(explainReasons(assessment.reasons, memberNames)),
        rulesChecked: json(assessment.rulesChecked),
        figures: json({ ...figures, engineVersion: assessment.engineVersion, staffEntered }),
        decidedBy: "SYSTEM",
        final: assessment.outcome !== "REVIEW",
      },
      select: { id: true, outcome: true },
    });
    const collected = { from: COLLECTING, to: "DATA_COLLECTED" as const };
    const final = { from: OPEN_STATUSES, to: assessment.outcome === "ASSIGN" ? "ASSIGNED" : "REFUSED" } as const;
    await advanceStatusesIn(tx, app, assessment.outcome === "REVIEW" ? [collected] : [collected, final], {
      now: opts.now,
    });
    return { kind: "DECIDED" as const, decisionId: decision.id, outcome: decision.outcome };
  });
}

/** The engine's own decision on this application (the first one, which a review's decision supersedes). */
export function engineDecision(db: Db | Prisma.TransactionClient, applicationId: string) {
  return db.decision.findFirst({
    where: { applicationId, decidedBy: "SYSTEM", supersedesId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, outcome: true },
  });
}

/** The DECISION message's data for a final decision: the amount and period, or every refusal reason. */
export async function decisionMessage(db: Db, decisionId: string) {
  const d = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  if (d.outcome === "ASSIGN") {
    if (d.amountQepik === null || !d.periodFrom || !d.periodTo)
      throw new Error(`decision ${d.id}: ASSIGN without amount or period`);
    return {
      outcome: "ASSIGN" as const,
      decisionId: d.id,
      amountQepik: d.amountQepik,
      periodFrom: calendarDateFromDb(d.periodFrom),
      periodTo: calendarDateFromDb(d.periodTo),
      // A renewal on the family's card says so, rather than promising a card the next message says is not needed.
      sameCard: (await findCardAccountToReuse(db, d.applicationId)) !== null,
    };
  }
  const reasons = parseStoredReasons(d.reasons)
    .filter((r) => r.kind === "REFUSAL")
    .map((r) => ({ code: r.code, messages: r.message }));
  return { outcome: "REFUSE" as const, decisionId: d.id, reasons };
}
