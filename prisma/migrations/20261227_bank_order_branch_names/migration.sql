-- A card's branch is named in the family's language (docs/notifications-and-bank.md, "Branches"): the bank's
-- Russian and English names of the branch, kept beside its own Azerbaijani one. Orders opened before keep null
-- and show the Azerbaijani name in every language.
ALTER TABLE "BankAccountOrder" ADD COLUMN "branchNameRu" TEXT;
ALTER TABLE "BankAccountOrder" ADD COLUMN "branchNameEn" TEXT;
