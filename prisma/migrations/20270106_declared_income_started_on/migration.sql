-- An income reported during the period keeps the day it began, so that the months a register already shows it
-- are not counted twice (to-assessment-input.ts).
ALTER TABLE "DeclaredIncome" ADD COLUMN "startedOn" DATE;

-- Reports already applied: their change date.
UPDATE "DeclaredIncome" i SET "startedOn" = r."changedOn"
FROM "ChangeReport" r
WHERE r."applicationId" = i."applicationId"
  AND r.status IN ('REASSESSING', 'IN_REVIEW', 'DECIDED')
  AND r.details->>'kind' = 'INCOME_GAINED'
  AND r.details->>'memberFin' = i."memberFin"
  AND r.details->>'type' = i.type
  AND (r.details->>'monthlyQepik')::int = i."monthlyQepik";
