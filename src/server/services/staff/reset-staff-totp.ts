import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

/** Why the factor is reset: a code for the audit's counts, and the administrator's note (a ticket, how it was checked). */
export const TOTP_RESET_REASONS = ["LOST_DEVICE", "NEW_DEVICE", "SECRET_UNREADABLE", "OTHER"] as const;
export const ZResetStaffTotp = z.strictObject({
  userId: z.string().min(1).max(64),
  reason: z.enum(TOTP_RESET_REASONS),
  note: z.string().trim().min(5, "errors.totpResetNoteRequired").max(300, "errors.textTooLong"),
});
export type ResetStaffTotpInput = z.infer<typeof ZResetStaffTotp>;

/**
 * An administrator removes a staff member's second factor (a lost or replaced phone): the secret and the unused
 * recovery codes are dropped and `totpResetAt` set, so the person's very next request — an open session included —
 * may only enrol a new factor (`sessionStanding`). An administrator cannot reset their own: another one must, so a
 * stolen administrator's password alone cannot strip its factor. Audit `staff.totp.reset` with the reason and note.
 */
export async function resetStaffTotp(
  db: Db,
  admin: SessionUser,
  input: ResetStaffTotpInput,
  now: Date,
): Promise<{ hadFactor: boolean }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  if (input.userId === admin.id) throw new AppError("totpResetSelf");
  const person = await db.user.findUnique({ where: { id: input.userId }, select: { role: true, districtCode: true } });
  if (!person || person.role === "CITIZEN") throw new AppError("notFound");
  return db.$transaction(async (tx) => {
    const before = await tx.staffSignInGuard.findUnique({
      where: { userId: input.userId },
      select: { totpConfirmedAt: true },
    });
    const cleared = {
      totpSecret: null,
      totpConfirmedAt: null,
      totpLastStep: null,
      recoveryCodeDigests: [],
      totpResetAt: now,
    };
    await tx.staffSignInGuard.upsert({
      where: { userId: input.userId },
      create: { userId: input.userId, ...cleared },
      update: cleared,
    });
    const hadFactor = before?.totpConfirmedAt != null;
    await recordAudit(tx, {
      actor: admin,
      action: "staff.totp.reset",
      entity: "User",
      entityId: input.userId,
      districtCode: person.districtCode,
      // The note is about the staff member's account, never a family's data (the form says so).
      details: { reason: input.reason, note: input.note, hadFactor },
    });
    return { hadFactor };
  });
}

/** What the administrator's staff page shows about a person's second factor. */
export async function staffTotpStatus(
  db: Db,
  admin: SessionUser,
  userId: string,
): Promise<{ status: "ENROLLED" | "RESET" | "NONE"; since: Date | null }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const person = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!person || person.role === "CITIZEN") throw new AppError("notFound");
  const guard = await db.staffSignInGuard.findUnique({
    where: { userId },
    select: { totpConfirmedAt: true, totpResetAt: true },
  });
  if (guard?.totpConfirmedAt) return { status: "ENROLLED", since: guard.totpConfirmedAt };
  if (guard?.totpResetAt) return { status: "RESET", since: guard.totpResetAt };
  return { status: "NONE", since: null };
}
