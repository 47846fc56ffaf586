import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { staffAccountData, type StaffAccountInput } from "./create-staff";

/**
 * An administrator changes a staff account's name, e-mail, role, district or capacity. Sessions read the account
 * on every request (see `refreshSessionUser`), so a new role or district applies to the person's next click.
 */
export async function updateStaff(db: Db, admin: SessionUser, userId: string, input: StaffAccountInput): Promise<void> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const before = await db.user.findUnique({ where: { id: userId } });
  if (!before || before.role === "CITIZEN") throw new AppError("notFound");
  // An administrator cannot take away their own administration: another one must.
  if (before.id === admin.id && input.role !== "ADMIN") throw new AppError("staffSelfChange");
  const data = await staffAccountData(db, input);
  const other = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (other && other.id !== userId) throw new AppError("emailTaken");
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== before[k]);
  if (changed.length === 0) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data });
    await recordAudit(tx, {
      actor: admin,
      action: "staff.updated",
      entity: "User",
      entityId: userId,
      districtCode: data.districtCode ?? before.districtCode,
      // Names of the fields only: the old and new e-mail or name are personal data.
      details: { changed, role: data.role, districtCode: data.districtCode },
    });
  });
}
