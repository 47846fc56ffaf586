import type { Db } from "@/server/db/create-client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { firstDayOfMonth, type YearMonth } from "@/kernel/calendar-date";
import { MAX_PAYMENT_ATTEMPTS, TRANSIENT_REJECTIONS } from "@/server/domain/payments/rejection";

/**
 * The database half of the monthly payroll (docs/payments.md): every month up to `month` still PLANNED, of a
 * family whose card account is open, becomes one PENDING payment order with its own idempotency key, and the month
 * ORDERED; and a month the bank rejected for a passing reason in an earlier month's payroll is ordered again, with
 * the next attempt's key ("A rejected payment"). Each is one statement, so a run that crashes leaves every month
 * either ordered or as it was; a second run orders only what is still PLANNED, and the key's uniqueness would
 * stop a twin anyway. A month missed before (no account yet) is taken by the next run.
 */
export async function recordPayrollOrders(db: Db, opts: { month: YearMonth; now: Date }): Promise<number> {
  const monthStart = calendarDateToDb(firstDayOfMonth(opts.month));
  let recorded = await reorderRejected(db, monthStart, opts.now);
  recorded += await db.$executeRaw`
    WITH picked AS (
      UPDATE "MonthlyEntitlement" e SET "status" = 'ORDERED', "updatedAt" = ${opts.now}
      WHERE e."status" = 'PLANNED' AND e."month" <= ${monthStart}::date
        AND EXISTS (SELECT 1 FROM "BankAccountOrder" b WHERE b."applicationId" = e."applicationId" AND b."status" = 'OPENED')
      RETURNING e."id", e."applicationId", e."amountQepik"
    )
    INSERT INTO "PaymentOrder" ("id", "applicationId", "kind", "entitlementId", "amountQepik", "idempotencyKey", "status", "payrollMonth", "createdAt")
    SELECT 'pay-' || p."id", p."applicationId", 'MONTHLY', p."id", p."amountQepik", 'payment-' || p."id", 'PENDING', ${monthStart}::date, ${opts.now}
    FROM picked p
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
  return recorded;
}

/**
 * Months whose last order the bank rejected for a passing reason, recorded by an earlier month's payroll and not
 * yet tried MAX_PAYMENT_ATTEMPTS times: one new order each (attempt n+1, key `payment-<entitlementId>-<n+1>`), at
 * the month's current amount, and the month ORDERED again. Found from the rejected orders, which are few.
 */
async function reorderRejected(db: Db, monthStart: Date, now: Date): Promise<number> {
  return db.$executeRaw`
    WITH latest AS (
      SELECT DISTINCT ON (o."entitlementId") o."entitlementId", o."attempt", o."reasonCode", o."payrollMonth"
      FROM "PaymentOrder" o
      WHERE o."status" = 'REJECTED' AND o."kind" = 'MONTHLY' AND o."entitlementId" IS NOT NULL
      ORDER BY o."entitlementId", o."attempt" DESC
    ), picked AS (
      UPDATE "MonthlyEntitlement" e SET "status" = 'ORDERED', "updatedAt" = ${now}
      FROM latest l
      WHERE e."id" = l."entitlementId" AND e."status" = 'REJECTED' AND e."month" <= ${monthStart}::date
        AND l."attempt" < ${MAX_PAYMENT_ATTEMPTS} AND l."reasonCode" = ANY(${[...TRANSIENT_REJECTIONS]}::text[])
        AND (l."payrollMonth" IS NULL OR l."payrollMonth" < ${monthStart}::date)
        AND NOT EXISTS (SELECT 1 FROM "PaymentOrder" n WHERE n."entitlementId" = e."id" AND n."attempt" > l."attempt")
        AND EXISTS (SELECT 1 FROM "BankAccountOrder" b WHERE b."applicationId" = e."applicationId" AND b."status" = 'OPENED')
      RETURNING e."id", e."applicationId", e."amountQepik", l."attempt" + 1 AS "attempt"
    )
    INSERT INTO "PaymentOrder" ("id", "applicationId", "kind", "entitlementId", "amountQepik", "idempotencyKey", "status", "attempt", "payrollMonth", "createdAt")
    SELECT 'pay-' || p."id" || '-' || p."attempt", p."applicationId", 'MONTHLY', p."id", p."amountQepik",
           'payment-' || p."id" || '-' || p."attempt", 'PENDING', p."attempt", ${monthStart}::date, ${now}
    FROM picked p
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}
