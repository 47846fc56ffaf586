-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "figures" JSONB;
