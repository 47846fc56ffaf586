-- CreateTable
CREATE TABLE "StaffSignInGuard" (
    "userId" TEXT NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "totpSecret" TEXT,
    "totpConfirmedAt" TIMESTAMP(3),
    "totpLastStep" INTEGER,
    "recoveryCodeDigests" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSignInGuard_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "StaffUnlockToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenDigest" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffUnlockToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffUnlockToken_tokenDigest_key" ON "StaffUnlockToken"("tokenDigest");

-- CreateIndex
CREATE INDEX "StaffUnlockToken_userId_idx" ON "StaffUnlockToken"("userId");
