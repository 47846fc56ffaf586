-- The staff home lists applications whose background run failed for good (audit action application.chainStopped):
-- found by action, newest first, without reading the whole audit trail.
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
