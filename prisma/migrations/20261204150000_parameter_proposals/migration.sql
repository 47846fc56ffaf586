-- CreateEnum
CREATE TYPE "ParameterProposalStatus" AS ENUM ('PENDING', 'CONFIRMED');

-- CreateTable
CREATE TABLE "ParameterProposal" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "value" INTEGER NOT NULL,
    "legalReference" TEXT NOT NULL,
    "note" TEXT,
    "status" "ParameterProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "parameterId" TEXT,

    CONSTRAINT "ParameterProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ParameterProposal_parameterId_key" ON "ParameterProposal"("parameterId");

-- CreateIndex
CREATE INDEX "ParameterProposal_status_proposedAt_idx" ON "ParameterProposal"("status", "proposedAt");
