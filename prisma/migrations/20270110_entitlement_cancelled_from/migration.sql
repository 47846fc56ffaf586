-- What an unpaid month was when a decision ending the assistance cancelled it (docs/payments.md, "Later decisions"):
-- an appeal that overturns the ending gives the month back that status. A month stopped because nothing was
-- withdrawn comes back stopped (the family asks to resume, as before), not planned, which the payroll would have paid.
-- Months cancelled before this column existed stay null and come back as they did (planned, or rejected when an
-- order had been sent).
ALTER TABLE "MonthlyEntitlement" ADD COLUMN "cancelledFrom" "EntitlementStatus";
