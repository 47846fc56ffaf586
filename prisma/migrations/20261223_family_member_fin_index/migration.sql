-- A person's applications are looked up by FIN: the running-assignment check at submission, and a renewal taking
-- over the family's months (services/payments/hand-over-months.ts). Without an index both read every member row.
CREATE INDEX "FamilyMember_fin_idx" ON "FamilyMember"("fin");
