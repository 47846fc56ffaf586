import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

/** Every staff account, by district and name, for the administrator's staff page; the read is audited. */
export async function listStaff(db: Db, admin: SessionUser) {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const rows = await db.user.findMany({
    where: { role: { not: "CITIZEN" } },
    orderBy: [{ districtCode: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      districtCode: true,
      dailyInspectionCapacity: true,
      active: true,
    },
  });
  await recordAudit(db, { actor: admin, action: "staff.listed", entity: "User", details: { count: rows.length } });
  return rows;
}

export const STAFFED_ROLES = ["CASEWORKER", "SUPERVISOR", "INSPECTOR"] as const;

/** Districts lacking an active caseworker, supervisor or inspector: the work there cannot run in full. */
export async function understaffedDistricts(
  db: Db,
): Promise<{ districtCode: string; missing: (typeof STAFFED_ROLES)[number][] }[]> {
  const [districts, staffed] = await Promise.all([
    db.district.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.user.groupBy({
      by: ["districtCode", "role"],
      where: { active: true, role: { in: [...STAFFED_ROLES] }, districtCode: { not: null } },
    }),
  ]);
  const present = new Set(staffed.map((s) => `${s.districtCode}|${s.role}`));
  return districts
    .map((d) => ({ districtCode: d.code, missing: STAFFED_ROLES.filter((r) => !present.has(`${d.code}|${r}`)) }))
    .filter((d) => d.missing.length > 0);
}
