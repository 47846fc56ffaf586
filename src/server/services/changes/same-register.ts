import type { Prisma } from "@/generated/prisma/client";

/**
 * The declared incomes of a kind that a report of a lost income ends (and that the family must have on file for it):
 * those of the same register status as the report says, and those reported before the change form asked (null:
 * either); every one of the kind for a report stored before the form asked (`registered` absent).
 */
export function sameRegister(registered: boolean | undefined): Prisma.DeclaredIncomeWhereInput {
  return registered === undefined ? {} : { OR: [{ registered }, { registered: null }] };
}
