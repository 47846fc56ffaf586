-- The family is told each move of its card to another branch (services/bank/choose-card-branch.ts): the count
-- numbers the moves, so the n-th move's notice is one outbox row however often it is announced.
ALTER TABLE "BankAccountOrder" ADD COLUMN "branchChanges" INTEGER NOT NULL DEFAULT 0;
