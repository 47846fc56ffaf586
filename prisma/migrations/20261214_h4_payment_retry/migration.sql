-- A rejected monthly payment is sent again once (issue 14, h4; docs/payments.md, "A rejected payment"): each order
-- knows its attempt, the payroll month that recorded it, the bank's reason code, and whether the family was told.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PAYMENT_REJECTED';

-- AlterTable
ALTER TABLE "PaymentOrder" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "payrollMonth" DATE,
ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "toldAt" TIMESTAMP(3);
