import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import type { IsoDate } from "@/kernel/calendar-date";

/**
 * The false-information findings (ground 9) made by `asOf` that name any of these FINs, for the engine's
 * `previous` input (which holds only facts known on the assessment date): each with its finding date and the
 * finding's id as the decision reference. The engine applies the bar itself.
 */
export async function findFalseInformationFindings(
  db: Db | Prisma.TransactionClient,
  fins: readonly string[],
  asOf: IsoDate,
): Promise<{ foundOn: IsoDate; decisionRef: string }[]> {
  if (fins.length === 0) return [];
  const rows = await db.falseInformationFinding.findMany({
    where: { fins: { hasSome: [...fins] }, foundOn: { lte: calendarDateToDb(asOf) } },
    orderBy: { foundOn: "asc" },
    select: { id: true, foundOn: true },
  });
  return rows.map((r) => ({ foundOn: calendarDateFromDb(r.foundOn), decisionRef: r.id }));
}

/**
 * Whether any of these people belongs to a family barred on `today` by a false-information finding: the FIN and
 * the day the (longest) bar ends, from which a new application is considered; or null.
 */
export async function findFalseInformationBar(
  db: Db | Prisma.TransactionClient,
  fins: readonly string[],
  today: IsoDate,
): Promise<{ fin: string; until: IsoDate } | null> {
  if (fins.length === 0) return null;
  const row = await db.falseInformationFinding.findFirst({
    where: { fins: { hasSome: [...fins] }, barEndsOn: { gt: calendarDateToDb(today) } },
    orderBy: { barEndsOn: "desc" },
    select: { fins: true, barEndsOn: true },
  });
  if (!row) return null;
  const fin = fins.find((f) => row.fins.includes(f)) ?? fins[0]!;
  return { fin, until: calendarDateFromDb(row.barEndsOn) };
}
