-- The assistance year, what the family sees and does (issue 14): the end-of-period notice and the family's
-- requests to resume payments stopped for no withdrawal.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PERIOD_ENDING';

-- CreateTable
CREATE TABLE "PaymentResumeRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "stoppedFrom" DATE NOT NULL,
    "requestMonth" DATE NOT NULL,
    "resumeFrom" DATE,
    "monthsResumed" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentResumeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaymentResumeRequest_applicationId_requestedAt_idx" ON "PaymentResumeRequest"("applicationId", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentResumeRequest_applicationId_stoppedFrom_key" ON "PaymentResumeRequest"("applicationId", "stoppedFrom");

-- AddForeignKey
ALTER TABLE "PaymentResumeRequest" ADD CONSTRAINT "PaymentResumeRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
