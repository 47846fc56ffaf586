import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

/** What the session carries about the signed-in person; everything else is read from the database. */
export const ZSessionUser = z.object({
  id: z.string().min(1),
  role: z.enum(Role),
  name: z.string(),
  districtCode: z.string().nullable(),
  fin: z.string().nullable(),
});
export type SessionUser = z.infer<typeof ZSessionUser>;
export type { Role };

export const STAFF_ROLES = ["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"] as const satisfies readonly Role[];

/** The page each role lands on after signing in (without the locale prefix). */
export function homePathFor(role: Role): string {
  switch (role) {
    case "CITIZEN":
      return "/my";
    case "INSPECTOR":
      return "/inspector";
    case "ADMIN":
      return "/admin";
    case "CASEWORKER":
    case "SUPERVISOR":
      return "/staff";
  }
}
