-- The monthly payroll's speed (issue 14, h4; docs/payments.md, "Benchmark"). Not additive, on purpose: nothing is
-- lost but a per-row check and an index the payroll paid for on each of its 100,000 rows a month.
-- 1. The order's month needs no foreign key: the payroll writes it from the month row in the same statement, and a
--    month is deleted only with its application, whose orders the application's cascade removes.
ALTER TABLE "PaymentOrder" DROP CONSTRAINT "PaymentOrder_entitlementId_fkey";

-- 2. Months by month only, and room on each page, so that marking a month ORDERED (or CREDITED) is a HOT update
--    that touches no index.
DROP INDEX "MonthlyEntitlement_month_status_idx";
CREATE INDEX "MonthlyEntitlement_month_idx" ON "MonthlyEntitlement"("month");
ALTER TABLE "MonthlyEntitlement" SET (fillfactor = 80);
