-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('LEAVE', 'SICKNESS');

-- CreateTable
CREATE TABLE "StaffAbsence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AbsenceKind" NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAbsence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffAbsence_userId_fromDate_idx" ON "StaffAbsence"("userId", "fromDate");
