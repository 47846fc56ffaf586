-- The applications a staff list or search showed (docs/staff-workspace.md, the audit log's search), out of the row's
-- JSON details into a column with a GIN index: the audit search by a registration number asked `details` whether
-- its "applicationIds" held the id, which no index covered, so it read every row of the log. Rows written before
-- move their ids here and lose the key from details, so there is one home for them.
ALTER TABLE "AuditLog" ADD COLUMN "shownApplicationIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

UPDATE "AuditLog"
SET "shownApplicationIds" = ARRAY(SELECT jsonb_array_elements_text("details" -> 'applicationIds')),
    "details" = "details" - 'applicationIds'
WHERE jsonb_typeof("details" -> 'applicationIds') = 'array';

CREATE INDEX "AuditLog_shownApplicationIds_idx" ON "AuditLog" USING GIN ("shownApplicationIds");
