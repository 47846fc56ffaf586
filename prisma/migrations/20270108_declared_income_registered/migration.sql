-- Whether a state register holds a declared income: a job with a labour contract reported during the period is the
-- labour registry's to show, and a renewal must not offer it as income "not in any register" (start-renewal.ts).
-- Every income of the e-application is beyond the registers by the form's own question: false.
ALTER TABLE "DeclaredIncome" ADD COLUMN "registered" BOOLEAN DEFAULT false;

-- Reported during the period before the change form asked: "Wages", "Business income" and "Alimony" may have been
-- registered or not (unknown, null); the other kinds are held by no register.
UPDATE "DeclaredIncome" SET "registered" = NULL
WHERE "startedOn" IS NOT NULL AND type IN ('WAGE', 'ENTREPRENEURIAL', 'ALIMONY');
