-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "proposedOutcome" "Outcome";
