import type { Prisma } from "@/generated/prisma/client";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateToDb } from "@/server/db/calendar-date";

/** A review still waiting for a person: what counts towards someone's load. */
export const OPEN_REVIEW_STATUSES = ["OPEN", "AWAITING_CONFIRMATION"] as const;

/**
 * Who a new review goes to: the district's active caseworker with the fewest open reviews, not away on leave or
 * sick today; when the district has no such caseworker, its supervisor the same way (the people the chain tells
 * about the review). Ties go to the lowest id, so a retried step picks the same person. Null when no one is free:
 * the review then waits in the district's queue, where any caseworker or supervisor of the district may take it.
 */
export async function pickReviewAssignee(
  tx: Prisma.TransactionClient,
  districtCode: string | null,
  now: Date,
): Promise<string | null> {
  if (!districtCode) return null;
  const today = calendarDateToDb(bakuDate(now));
  const away = await tx.staffAbsence.findMany({
    where: { fromDate: { lte: today }, toDate: { gte: today } },
    select: { userId: true },
  });
  for (const role of ["CASEWORKER", "SUPERVISOR"] as const) {
    const candidates = await tx.user.findMany({
      where: {
        role,
        active: true,
        districtCode,
        id: { notIn: away.map((a) => a.userId) },
      },
      select: {
        id: true,
        _count: { select: { reviewsAssigned: { where: { status: { in: [...OPEN_REVIEW_STATUSES] } } } } },
      },
      orderBy: { id: "asc" },
    });
    candidates.sort((a, b) => a._count.reviewsAssigned - b._count.reviewsAssigned);
    if (candidates[0]) return candidates[0].id;
  }
  return null;
}
