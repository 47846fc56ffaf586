-- A caseworker or supervisor may ask to resume payments on the family's behalf at the district office
-- (docs/payments.md, "Resuming after the 2-month stop"): the request says it was staff's, with their short note of
-- why. Earlier requests were all the family's own: false and no note.
ALTER TABLE "PaymentResumeRequest" ADD COLUMN "byStaff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "PaymentResumeRequest" ADD COLUMN "staffNote" TEXT;
