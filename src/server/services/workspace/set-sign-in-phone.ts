import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { ZAzPhone } from "@/kernel/identity";
import { maskPhone } from "@/kernel/identity-format";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

export const ZSetSignInPhone = z.strictObject({
  applicationId: z.string().min(1).max(64),
  phone: ZAzPhone,
  /** The staff member has seen the citizen's identity document: the only proof the number is theirs. */
  identityChecked: z.literal(true),
});

/**
 * A citizen whose phone was lost or changed cannot get sign-in codes any more: they go only to the number on file
 * (services/auth/sign-in-phone.ts). At the district office a caseworker or supervisor of the application's district,
 * having seen the applicant's identity document, gives their account the new number; codes sent to the old one stop
 * working. Audited (the number itself is not written to the audit). Another district's application reads as not
 * found.
 */
export async function setSignInPhone(
  db: Db,
  user: SessionUser,
  input: z.infer<typeof ZSetSignInPhone>,
  now: Date,
): Promise<{ signInPhone: string }> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { AND: [{ id: input.applicationId }, applicationScope(user)] },
    select: { id: true, districtCode: true, applicantId: true },
  });
  if (!app) throw new AppError("notFound");
  await db.$transaction(async (tx) => {
    const applicant = await tx.user.update({
      where: { id: app.applicantId },
      data: { phone: input.phone },
      select: { fin: true },
    });
    if (applicant.fin)
      await tx.oneTimeCode.updateMany({
        where: { fin: applicant.fin, consumedAt: null, burnedAt: null },
        data: { burnedAt: now },
      });
    await recordAudit(tx, {
      actor: user,
      action: "citizen.signInPhoneSet",
      entity: "User",
      entityId: app.applicantId,
      applicationId: app.id,
      districtCode: app.districtCode,
    });
  });
  return { signInPhone: maskPhone(input.phone) };
}
