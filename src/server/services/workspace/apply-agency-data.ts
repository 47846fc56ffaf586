import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { StoredAgencyData } from "@/server/services/agencies/stored-result";
import { refreshReviewProposal, type RefreshResult } from "@/server/services/decisions/refresh-review-proposal";

/**
 * Makes an entered (and, where needed, confirmed) entry the agency's answer: the stored result becomes the reply
 * with the entry's id, so the engine uses it and every page can say it was staff-entered; an open case waiting for
 * a person is then assessed again. Written only over a result that is still unavailable: an answer the agency
 * gave meanwhile stands.
 */
export async function applyAgencyData(
  db: Db,
  entry: { id: string; applicationId: string; agency: string; memberFin: string; reply: unknown; enteredById: string },
  now: Date,
): Promise<{ applied: boolean; refresh: RefreshResult }> {
  const data: StoredAgencyData = {
    kind: "OK",
    reply: entry.reply,
    enteredBy: { entryId: entry.id, staffId: entry.enteredById },
  };
  const written = await db.agencyResult.updateMany({
    where: { applicationId: entry.applicationId, agency: entry.agency, memberFin: entry.memberFin, available: false },
    data: { available: true, data: data as unknown as Prisma.InputJsonValue, fetchedAt: now },
  });
  if (written.count === 0) return { applied: false, refresh: { rerun: false } };
  return { applied: true, refresh: await refreshReviewProposal(db, entry.applicationId) };
}
