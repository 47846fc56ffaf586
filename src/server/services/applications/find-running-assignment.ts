import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { runningAssignmentUntil } from "@/server/domain/running-assignment";

/**
 * Whether any of these people belongs to a family whose assignment still runs on `today`: the FIN found on such an
 * application and the last day of its period, or null. See `runningAssignmentUntil` for the rule.
 */
export async function findRunningAssignment(
  db: Db | Prisma.TransactionClient,
  fins: readonly string[],
  today: string,
): Promise<{ fin: string; until: string } | null> {
  if (fins.length === 0) return null;
  const apps = await db.application.findMany({
    where: { members: { some: { fin: { in: [...fins] } } }, decisions: { some: { final: true, outcome: "ASSIGN" } } },
    select: {
      members: { where: { fin: { in: [...fins] } }, select: { fin: true } },
      decisions: {
        where: { final: true, outcome: { in: ["ASSIGN", "REFUSE"] } },
        select: { outcome: true, createdAt: true, periodTo: true },
      },
    },
  });
  for (const app of apps) {
    const decisions = app.decisions.map((d) => ({
      outcome: d.outcome === "ASSIGN" ? ("ASSIGN" as const) : ("REFUSE" as const),
      decidedAt: d.createdAt,
      periodTo: d.periodTo ? calendarDateFromDb(d.periodTo) : null,
    }));
    const until = runningAssignmentUntil([{ decisions }], today);
    const fin = app.members[0]?.fin;
    if (until && fin) return { fin, until };
  }
  return null;
}
