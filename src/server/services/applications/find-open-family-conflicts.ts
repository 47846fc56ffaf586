import type { Prisma } from "@/generated/prisma/client";
import { OPEN_STATUSES } from "@/kernel/application-statuses";
import type { Db } from "@/server/db/create-client";

/**
 * The FINs, among those given, of people listed on another open application: a family may have only one
 * application under consideration at a time, whoever in the family made it.
 */
export async function findOpenFamilyConflicts(
  db: Db | Prisma.TransactionClient,
  fins: readonly string[],
  exceptApplicationId: string,
): Promise<Set<string>> {
  if (fins.length === 0) return new Set();
  const rows = await db.familyMember.findMany({
    where: {
      fin: { in: [...fins] },
      application: { id: { not: exceptApplicationId }, status: { in: [...OPEN_STATUSES] } },
    },
    select: { fin: true },
  });
  return new Set(rows.map((r) => r.fin));
}
