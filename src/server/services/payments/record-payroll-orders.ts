import type { Db } from "@/server/db/create-client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { firstDayOfMonth, type YearMonth } from "@/kernel/calendar-date";

/**
 * The database half of the monthly payroll (docs/payments.md): every month up to `month` still PLANNED, of a
 * family whose card account is open, becomes one PENDING payment order with its own idempotency key, and the month
 * ORDERED. One statement, so a run that crashes records all or nothing; a second run finds no PLANNED month, and
 * the key's uniqueness would stop a twin anyway. A month missed before (no account yet) is taken by the next run.
 */
export async function recordPayrollOrders(db: Db, opts: { month: YearMonth; now: Date }): Promise<number> {
  return db.$executeRaw`
    WITH picked AS (
      UPDATE "MonthlyEntitlement" e SET "status" = 'ORDERED', "updatedAt" = ${opts.now}
      WHERE e."status" = 'PLANNED' AND e."month" <= ${calendarDateToDb(firstDayOfMonth(opts.month))}::date
        AND EXISTS (SELECT 1 FROM "BankAccountOrder" b WHERE b."applicationId" = e."applicationId" AND b."status" = 'OPENED')
      RETURNING e."id", e."applicationId", e."amountQepik"
    )
    INSERT INTO "PaymentOrder" ("id", "applicationId", "kind", "entitlementId", "amountQepik", "idempotencyKey", "status", "createdAt")
    SELECT 'pay-' || p."id", p."applicationId", 'MONTHLY', p."id", p."amountQepik", 'payment-' || p."id", 'PENDING', ${opts.now} FROM picked p
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}
