-- The reports count a home visit on the day it was made or recorded missed, not on the day it was booked for: a
-- missed visit needs its own moment, as a completed one has completedAt.
ALTER TABLE "Inspection" ADD COLUMN "missedAt" TIMESTAMP(3);

-- Visits an inspector recorded missed before: the audit log holds when. Those the chain closed when its wait ran out
-- wrote no audit row and keep null; the reports take their planned day.
UPDATE "Inspection" AS i
SET "missedAt" = recorded.at
FROM (
  SELECT "entityId", min("at") AS at
  FROM "AuditLog"
  WHERE "action" = 'inspection.missed' AND "entity" = 'Inspection'
  GROUP BY "entityId"
) AS recorded
WHERE i."id" = recorded."entityId" AND i."status" = 'MISSED';
