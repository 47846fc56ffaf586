import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";

/**
 * The applications a person may see, as a where-clause, so that authorization is part of every query: an
 * application outside the caller's scope simply matches no row. Citizens see the applications they made;
 * caseworkers and supervisors those of their district; inspectors those they are assigned to inspect; the
 * ministry's administrators all of them.
 */
export function applicationScope(user: SessionUser): Prisma.ApplicationWhereInput {
  switch (user.role) {
    case "CITIZEN":
      return { applicantId: user.id };
    case "CASEWORKER":
    case "SUPERVISOR":
      // A staff account without a district must see nothing rather than everything.
      return { districtCode: user.districtCode ?? { in: [] } };
    case "INSPECTOR":
      return { districtCode: user.districtCode ?? { in: [] }, inspections: { some: { inspectorId: user.id } } };
    case "ADMIN":
      return {};
  }
}
