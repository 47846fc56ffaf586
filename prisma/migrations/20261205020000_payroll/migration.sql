-- Payroll (issue 14): the stop notice, and when an order was last sent (the sweep re-sends orders accepted by the
-- bank but unanswered for long).
ALTER TYPE "NotificationKind" ADD VALUE 'PAYMENTS_STOPPED';

ALTER TABLE "PaymentOrder" ADD COLUMN "lastAttemptAt" TIMESTAMP(3);
