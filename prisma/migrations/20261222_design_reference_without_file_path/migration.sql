-- The values the law leaves open were seeded citing "(docs/decision-engine.md)", a file of the project, not of the
-- law: an administrator cannot open it from the console. The reference now says only that the law does not set
-- the value. Only the seeded text changes; a reference an administrator typed is left as it is.
UPDATE "Parameter"
SET "legalReference" = 'Qanunda müəyyən edilməyib: sistemin qaydası'
WHERE "legalReference" = 'Qanunda müəyyən edilməyib: sistemin qaydası (docs/decision-engine.md)';
