-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "effectiveFrom" DATE;
