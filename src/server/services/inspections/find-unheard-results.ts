import type { Db } from "@/server/db/create-client";
import { ANNOUNCE_GRACE_MS } from "@/server/services/applications/find-unannounced-submissions";

export interface UnheardResults {
  inspections: { applicationId: string; inspectionId: string }[];
  reviews: { applicationId: string; reviewId: string }[];
}

/**
 * Results the chain has not acted on although they were recorded more than ANNOUNCE_GRACE_MS ago: a visit
 * COMPLETED while its application is still INSPECTION_SCHEDULED, a review DONE while its application is still
 * AWAITING_REVIEW. A wait sees only events sent after it starts, so a result recorded in the instant between the
 * run's check and its wait would otherwise be noticed only at the wait's timeout, days later. Moving on takes the
 * run seconds, so anything older is such a miss.
 */
export async function findUnheardResults(db: Db, opts: { now: Date }): Promise<UnheardResults> {
  const before = new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS);
  const [inspections, reviews] = await Promise.all([
    db.inspection.findMany({
      where: { status: "COMPLETED", completedAt: { lt: before }, application: { status: "INSPECTION_SCHEDULED" } },
      select: { id: true, applicationId: true },
      take: 200,
    }),
    db.caseReview.findMany({
      where: { status: "DONE", updatedAt: { lt: before }, application: { status: "AWAITING_REVIEW" } },
      select: { id: true, applicationId: true },
      take: 200,
    }),
  ]);
  return {
    inspections: inspections.map((i) => ({ applicationId: i.applicationId, inspectionId: i.id })),
    reviews: reviews.map((r) => ({ applicationId: r.applicationId, reviewId: r.id })),
  };
}
