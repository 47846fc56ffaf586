/*
  Warnings:

  - You are about to drop the column `source` on the `PublicHoliday` table. All the data in the column will be lost.
  - Added the required column `legalReference` to the `PublicHoliday` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "PublicHoliday" DROP COLUMN "source",
ADD COLUMN     "legalReference" TEXT NOT NULL,
ADD COLUMN     "note" TEXT;
