import type { Outcome, Prisma } from "@/generated/prisma/client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import type { IsoDate } from "@/kernel/calendar-date";
import { advanceStatusIn, type LockedApplication } from "@/server/services/applications/advance-status";
import type { FinalDecision } from "./running-decision";

export interface PeriodDecisionInput {
  outcome: Extract<Outcome, "ASSIGN" | "REFUSE">;
  amountQepik: number | null;
  periodFrom: IsoDate | null;
  periodTo: IsoDate | null;
  /** Null: nothing was running, the decision changes no month. */
  effectiveFrom: IsoDate | null;
  reasons: unknown;
  rulesChecked: unknown;
  figures: unknown;
  memberCount: number | null;
  criterionQepik: number | null;
  incomeQepik: number | null;
  /** SYSTEM for the engine, else the staff user's id. */
  decidedBy: string;
}

const json = (value: unknown) => (value ?? undefined) as Prisma.InputJsonValue | undefined;

/**
 * Writes a final decision during the assistance period (a reassessment, or a ground-9 refusal) next to the one
 * it follows: `effectiveFrom` says from which month it rules; the months before keep the earlier decision
 * (docs/payments.md). It does not take the earlier one's `supersedesId` slot: that belongs to an appeal's answer,
 * which a family may still file against it. A refusal moves the application to REFUSED.
 */
export async function writePeriodDecision(
  tx: Prisma.TransactionClient,
  app: LockedApplication,
  previous: FinalDecision | null,
  d: PeriodDecisionInput,
  now: Date,
  note: string,
) {
  const decision = await tx.decision.create({
    data: {
      applicationId: app.id,
      outcome: d.outcome,
      memberCount: d.memberCount,
      criterionQepik: d.criterionQepik,
      incomeQepik: d.incomeQepik,
      amountQepik: d.outcome === "ASSIGN" ? d.amountQepik : null,
      periodFrom: d.outcome === "ASSIGN" && d.periodFrom ? calendarDateToDb(d.periodFrom) : null,
      periodTo: d.outcome === "ASSIGN" && d.periodTo ? calendarDateToDb(d.periodTo) : null,
      effectiveFrom: d.effectiveFrom ? calendarDateToDb(d.effectiveFrom) : null,
      reasons: json(d.reasons) ?? [],
      rulesChecked: json(d.rulesChecked) ?? [],
      figures: json(d.figures ?? previous?.figures),
      decidedBy: d.decidedBy,
      final: true,
      // After the decision it follows, even when both are written within the same millisecond.
      createdAt: previous && previous.createdAt >= now ? new Date(previous.createdAt.getTime() + 1) : now,
    },
    select: { id: true, outcome: true },
  });
  if (d.outcome === "REFUSE") {
    await advanceStatusIn(tx, app, {
      from: ["ASSIGNED"],
      to: "REFUSED",
      now,
      note,
      ...(d.decidedBy === "SYSTEM" ? {} : { actorUserId: d.decidedBy }),
    });
  }
  return decision;
}
