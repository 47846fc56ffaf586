-- CreateEnum
CREATE TYPE "AppealAnswerKind" AS ENUM ('UPHOLD', 'CHANGE');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'APPEAL_ANSWER';

-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "answerKind" "AppealAnswerKind";

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_answerDecisionId_key" ON "Appeal"("answerDecisionId");

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_answerDecisionId_fkey" FOREIGN KEY ("answerDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;


