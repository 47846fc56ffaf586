-- A home visit booked or moved by hand (issue 17): its half-day, how many times staff booked it, and the notice.
CREATE TYPE "VisitWindow" AS ENUM ('MORNING', 'AFTERNOON');

ALTER TABLE "Inspection" ADD COLUMN "timeWindow" "VisitWindow",
ADD COLUMN "bookingCount" INTEGER NOT NULL DEFAULT 0;

ALTER TYPE "NotificationKind" ADD VALUE 'VISIT_RESCHEDULED';
