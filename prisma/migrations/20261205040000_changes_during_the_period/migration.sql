-- Issue 14 (h14c): change reports during the period and false-information findings (ground 9).

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CHANGE_DECISION';

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('INCOME_GAINED', 'INCOME_LOST', 'MEMBER_JOINED', 'MEMBER_LEFT', 'MOVED');

-- CreateEnum
CREATE TYPE "ChangeReportStatus" AS ENUM ('RECEIVED', 'REASSESSING', 'IN_REVIEW', 'DECIDED', 'CLOSED');

-- CreateTable
CREATE TABLE "ChangeReport" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "details" JSONB NOT NULL,
    "changedOn" DATE NOT NULL,
    "reportedOn" DATE NOT NULL,
    "reportDueOn" DATE NOT NULL,
    "reportedInTime" BOOLEAN NOT NULL,
    "status" "ChangeReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "proposalId" TEXT,
    "resultDecisionId" TEXT,
    "reportedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ChangeReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FalseInformationFinding" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "foundOn" DATE NOT NULL,
    "barEndsOn" DATE NOT NULL,
    "fins" TEXT[],
    "decisionId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FalseInformationFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChangeReport_proposalId_key" ON "ChangeReport"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeReport_resultDecisionId_key" ON "ChangeReport"("resultDecisionId");

-- CreateIndex
CREATE INDEX "ChangeReport_applicationId_createdAt_idx" ON "ChangeReport"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeReport_status_idx" ON "ChangeReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "FalseInformationFinding_decisionId_key" ON "FalseInformationFinding"("decisionId");

-- CreateIndex
CREATE INDEX "FalseInformationFinding_applicationId_idx" ON "FalseInformationFinding"("applicationId");

-- CreateIndex
CREATE INDEX "FalseInformationFinding_fins_idx" ON "FalseInformationFinding" USING GIN ("fins");
