import type { Prisma } from "@/generated/prisma/client";
import { bakuDate, type IsoDate } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import { renewalOpensOn } from "@/server/domain/running-assignment";
import { findOpenFamilyConflicts } from "./find-open-family-conflicts";
import { findRunningAssignment } from "./find-running-assignment";

export type StartBlocker =
  { code: "familyHasOpenApplication" } | { code: "familyHasRunningAssignment"; until: IsoDate; opensOn: IsoDate };

/**
 * Why the citizen cannot open a new application today, or null. Asked before the form, so that nobody spends ten
 * minutes on it to be refused at the end. Only the citizen's own FIN is known then: the submission checks every
 * member of the family again, with the same rules.
 */
export async function startBlocker(
  db: Db | Prisma.TransactionClient,
  fin: string,
  now: Date,
): Promise<StartBlocker | null> {
  const [open, running] = await Promise.all([
    findOpenFamilyConflicts(db, [fin], ""),
    findRunningAssignment(db, [fin], bakuDate(now)),
  ]);
  if (open.size > 0) return { code: "familyHasOpenApplication" };
  if (running)
    return { code: "familyHasRunningAssignment", until: running.until, opensOn: renewalOpensOn(running.until) };
  return null;
}
