-- CreateEnum
CREATE TYPE "ManualEntryStatus" AS ENUM ('PENDING', 'APPLIED', 'REJECTED');

-- CreateTable
CREATE TABLE "ManualAgencyEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "memberFin" TEXT NOT NULL DEFAULT '',
    "reply" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ManualEntryStatus" NOT NULL,
    "outcomeWithout" "Outcome" NOT NULL,
    "outcomeWith" "Outcome" NOT NULL,
    "enteredById" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,

    CONSTRAINT "ManualAgencyEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ManualAgencyEntry_applicationId_agency_memberFin_idx" ON "ManualAgencyEntry"("applicationId", "agency", "memberFin");

-- CreateIndex
CREATE INDEX "ManualAgencyEntry_status_idx" ON "ManualAgencyEntry"("status");

-- AddForeignKey
ALTER TABLE "ManualAgencyEntry" ADD CONSTRAINT "ManualAgencyEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualAgencyEntry" ADD CONSTRAINT "ManualAgencyEntry_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualAgencyEntry" ADD CONSTRAINT "ManualAgencyEntry_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
