-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'STAFF_PASSWORD_LINK';
ALTER TYPE "NotificationKind" ADD VALUE 'CALENDAR_WARNING';

-- CreateEnum
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('SET', 'RESET');

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "PasswordTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "burnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");
CREATE INDEX "PasswordToken_userId_createdAt_idx" ON "PasswordToken"("userId", "createdAt");
