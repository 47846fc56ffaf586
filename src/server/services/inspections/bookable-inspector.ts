import type { Prisma } from "@/generated/prisma/client";

/**
 * An inspector a visit may be given to: active, and able to sign in to the tablet. A new account whose
 * set-password link is not used yet cannot, so its visits would wait for no one while the family is told a name.
 */
export const BOOKABLE_INSPECTOR = {
  role: "INSPECTOR",
  active: true,
  passwordHash: { not: null },
} satisfies Prisma.UserWhereInput;
