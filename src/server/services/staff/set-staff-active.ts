import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

/**
 * Deactivates (or reactivates) a staff account. It takes effect at once: every request re-reads the account, so
 * a deactivated person's open session is refused on its next request, not when its token expires.
 */
export async function setStaffActive(db: Db, admin: SessionUser, userId: string, active: boolean): Promise<void> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  if (userId === admin.id) throw new AppError("staffSelfChange");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { role: true, active: true, districtCode: true },
  });
  if (!user || user.role === "CITIZEN") throw new AppError("notFound");
  if (user.active === active) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    await recordAudit(tx, {
      actor: admin,
      action: active ? "staff.reactivated" : "staff.deactivated",
      entity: "User",
      entityId: userId,
      districtCode: user.districtCode,
    });
  });
}
