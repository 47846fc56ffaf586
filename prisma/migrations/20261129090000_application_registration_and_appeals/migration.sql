-- Registration numbers (VEM-<year>-<6 digits>) come from one sequence, so two submissions at the same moment never
-- share a number. A number taken by a rolled-back submission is skipped, never reused.
CREATE SEQUENCE "application_registration_seq" START WITH 1 INCREMENT BY 1 NO CYCLE;

-- CreateIndex
CREATE INDEX "Appeal_supervisorId_status_idx" ON "Appeal"("supervisorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_decisionId_key" ON "Appeal"("decisionId");
