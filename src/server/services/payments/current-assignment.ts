import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { IsoDate } from "@/kernel/calendar-date";

export interface CurrentAssignment {
  decisionId: string;
  amountQepik: number;
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

/**
 * The assignment an application's latest final decision makes, or null (a refusal, an appeal answer or a
 * reassessment that ends it, or no decision yet). Only the latest final decision counts, as in
 * domain/running-assignment.ts.
 */
export async function findCurrentAssignment(
  db: Db | Prisma.TransactionClient,
  applicationId: string,
): Promise<CurrentAssignment | null> {
  const latest = await db.decision.findFirst({
    where: { applicationId, final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, outcome: true, amountQepik: true, periodFrom: true, periodTo: true },
  });
  if (latest?.outcome !== "ASSIGN" || !latest.amountQepik || !latest.periodFrom || !latest.periodTo) return null;
  return {
    decisionId: latest.id,
    amountQepik: latest.amountQepik,
    periodFrom: calendarDateFromDb(latest.periodFrom),
    periodTo: calendarDateFromDb(latest.periodTo),
  };
}
