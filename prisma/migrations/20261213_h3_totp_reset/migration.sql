-- Issue 18 (h3): an administrator's reset of a staff member's second factor; they must enrol again.
ALTER TABLE "StaffSignInGuard" ADD COLUMN "totpResetAt" TIMESTAMP(3);
