import type { Db } from "@/server/db/create-client";
import { isOpenStatus, OPEN_STATUSES } from "@/kernel/application-statuses";
import { calendarDateFromDb } from "@/server/db/calendar-date";

import type { IsoDate } from "@/kernel/calendar-date";
import { advanceStatusIn, lockApplication } from "@/server/services/applications/advance-status";
import { pickReviewAssignee } from "./pick-review-assignee";

export type OpenedReview =
  { kind: "CLOSED" } | { kind: "OPEN"; reviewId: string; staffUserIds: string[]; dueOn: IsoDate | null };

/**
 * Puts a REVIEW decision in the district's staff queue: one OPEN CaseReview per decision (a retried step finds
 * it), assigned to the district's least-loaded caseworker (`pickReviewAssignee`), the application AWAITING_REVIEW,
 * and the district's caseworkers to tell (its supervisors when it has none).
 */
export async function openCaseReview(
  db: Db,
  opts: { applicationId: string; decisionId: string; now: Date },
): Promise<OpenedReview> {
  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, opts.applicationId);
    if (!app || app.status === "WITHDRAWN") return { kind: "CLOSED" as const };
    // A review opened before is the answer even once decided (a replayed try: see scheduleInspection).
    const opened = await tx.caseReview.findFirst({
      where: { applicationId: app.id, decisionId: opts.decisionId },
      select: { id: true },
    });
    if (!opened && !isOpenStatus(app.status)) return { kind: "CLOSED" as const };
    const review =
      opened ??
      (await tx.caseReview.create({
        data: {
          applicationId: app.id,
          decisionId: opts.decisionId,
          status: "OPEN",
          assigneeId: await pickReviewAssignee(tx, app.districtCode, opts.now),
        },
        select: { id: true },
      }));
    await advanceStatusIn(tx, app, { from: OPEN_STATUSES, to: "AWAITING_REVIEW", now: opts.now });
    const staff = await tx.user.findMany({
      where: { districtCode: app.districtCode ?? "", active: true, role: { in: ["CASEWORKER", "SUPERVISOR"] } },
      select: { id: true, role: true },
      orderBy: { id: "asc" },
    });
    const caseworkers = staff.filter((s) => s.role === "CASEWORKER");
    const { decisionDueOn } = await tx.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { decisionDueOn: true },
    });
    return {
      kind: "OPEN" as const,
      reviewId: review.id,
      staffUserIds: (caseworkers.length > 0 ? caseworkers : staff).map((s) => s.id),
      dueOn: decisionDueOn ? calendarDateFromDb(decisionDueOn) : null,
    };
  });
}
