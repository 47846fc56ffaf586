-- DropIndex
DROP INDEX "BankAccountOrder_decisionId_key";

-- AlterTable
ALTER TABLE "BankAccountOrder" ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "BankAccountOrder_decisionId_round_key" ON "BankAccountOrder"("decisionId", "round");


