-- CreateEnum
CREATE TYPE "EntitlementStatus" AS ENUM ('PLANNED', 'ORDERED', 'CREDITED', 'REJECTED', 'STOPPED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('MONTHLY', 'ARREARS');

-- CreateEnum
CREATE TYPE "PaymentOrderStatus" AS ENUM ('PENDING', 'SENT', 'CREDITED', 'REJECTED');

-- CreateTable
CREATE TABLE "MonthlyEntitlement" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "amountQepik" INTEGER NOT NULL,
    "status" "EntitlementStatus" NOT NULL DEFAULT 'PLANNED',
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyEntitlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentOrder" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "entitlementId" TEXT,
    "decisionId" TEXT,
    "amountQepik" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "PaymentOrderStatus" NOT NULL DEFAULT 'PENDING',
    "bankPaymentId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "PaymentOrder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonthlyEntitlement_month_status_idx" ON "MonthlyEntitlement"("month", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyEntitlement_applicationId_month_key" ON "MonthlyEntitlement"("applicationId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentOrder_idempotencyKey_key" ON "PaymentOrder"("idempotencyKey");

-- CreateIndex
CREATE INDEX "PaymentOrder_status_idx" ON "PaymentOrder"("status");

-- AddForeignKey
ALTER TABLE "MonthlyEntitlement" ADD CONSTRAINT "MonthlyEntitlement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentOrder" ADD CONSTRAINT "PaymentOrder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentOrder" ADD CONSTRAINT "PaymentOrder_entitlementId_fkey" FOREIGN KEY ("entitlementId") REFERENCES "MonthlyEntitlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

