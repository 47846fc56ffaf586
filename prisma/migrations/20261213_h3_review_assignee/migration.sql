-- Issue 15 (h3): a review's assignee, set when it opens and changed by a supervisor's reassignment.
ALTER TABLE "CaseReview" ADD COLUMN "assigneeId" TEXT;

CREATE INDEX "CaseReview_assigneeId_status_idx" ON "CaseReview"("assigneeId", "status");

ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
