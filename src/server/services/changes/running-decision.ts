import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { IsoDate } from "@/kernel/calendar-date";

/** The application's current final decision (the latest ASSIGN or REFUSE told to the family), or null. */
export async function currentFinalDecision(db: Db | Prisma.TransactionClient, applicationId: string) {
  return db.decision.findFirst({
    where: { applicationId, final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type FinalDecision = NonNullable<Awaited<ReturnType<typeof currentFinalDecision>>>;

/** The running assignment's period when `decision` assigns and `today` is within its period, else null. */
export function runningPeriod(
  decision: FinalDecision | null,
  today: IsoDate,
): { periodFrom: IsoDate; periodTo: IsoDate } | null {
  if (
    !decision ||
    decision.outcome !== "ASSIGN" ||
    !decision.periodFrom ||
    !decision.periodTo ||
    decision.amountQepik === null
  )
    return null;
  const periodFrom = calendarDateFromDb(decision.periodFrom);
  const periodTo = calendarDateFromDb(decision.periodTo);
  return today >= periodFrom && today <= periodTo ? { periodFrom, periodTo } : null;
}
