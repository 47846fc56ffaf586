import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

export const ZStaffAccountInput = z
  .strictObject({
    name: z.string().trim().min(2, "errors.required").max(120, "errors.textTooLong"),
    email: z
      .email("errors.emailFormat")
      .max(200)
      .transform((e) => e.trim().toLowerCase()),
    role: z.enum(["CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN"]),
    /** Every role but ADMIN works in one district. */
    districtCode: z.string().trim().min(1).max(40).nullable(),
    /** Inspectors only: home visits per working day. */
    dailyInspectionCapacity: z
      .number("errors.capacityRange")
      .int("errors.capacityRange")
      .min(1, "errors.capacityRange")
      .max(20, "errors.capacityRange")
      .nullable(),
  })
  .refine((a) => (a.role === "ADMIN") === (a.districtCode === null), {
    path: ["districtCode"],
    message: "errors.staffDistrictRequired",
  });
export type StaffAccountInput = z.infer<typeof ZStaffAccountInput>;

/** Checks the district exists and normalises what only inspectors carry; shared by create and edit. */
export async function staffAccountData(db: Db, input: StaffAccountInput) {
  if (input.districtCode !== null) {
    const district = await db.district.findUnique({ where: { code: input.districtCode }, select: { code: true } });
    if (!district) throw new AppError("staffDistrictRequired");
  }
  return {
    name: input.name,
    email: input.email,
    role: input.role,
    districtCode: input.districtCode,
    dailyInspectionCapacity: input.role === "INSPECTOR" ? (input.dailyInspectionCapacity ?? 4) : null,
  };
}

/** An administrator opens a staff account; it has no password until its holder sets one through the e-mailed link. */
export async function createStaff(db: Db, admin: SessionUser, input: StaffAccountInput): Promise<{ id: string }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const data = await staffAccountData(db, input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } }))
    throw new AppError("emailTaken");
  return db.$transaction(async (tx) => {
    const row = await tx.user.create({ data: { ...data, active: true }, select: { id: true } });
    await recordAudit(tx, {
      actor: admin,
      action: "staff.created",
      entity: "User",
      entityId: row.id,
      districtCode: data.districtCode,
      details: { role: data.role },
    });
    return row;
  });
}
