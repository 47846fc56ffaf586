import type { Db } from "@/server/db/create-client";

/** The months (first day, ISO) of the given MonthlyEntitlement ids: a payment order names its month by id only. */
export async function monthsById(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.monthlyEntitlement.findMany({ where: { id: { in: ids } }, select: { id: true, month: true } });
  return new Map(rows.map((r) => [r.id, r.month.toISOString().slice(0, 10)]));
}
