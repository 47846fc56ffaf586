-- A renewal continues on the card account of the assignment it follows instead of ordering a second card
-- (services/bank/reuse-card-account.ts): its order row points at the order that opened the account.
ALTER TABLE "BankAccountOrder" ADD COLUMN "reusedFromId" TEXT;
ALTER TABLE "BankAccountOrder" ADD CONSTRAINT "BankAccountOrder_reusedFromId_fkey" FOREIGN KEY ("reusedFromId") REFERENCES "BankAccountOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;
