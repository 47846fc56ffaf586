import { z } from "zod";
import { createTRPCRouter, publicProcedure, staffEnrolmentProcedure, staffProcedure } from "@/server/api/trpc";
import { ZTotpCode } from "@/lib/security/totp-code";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
import { regenerateRecoveryCodes } from "@/server/services/auth/regenerate-recovery-codes";
import { sendStaffUnlockEmail } from "@/server/services/auth/send-staff-unlock-email";
import { unlockStaffAccount } from "@/server/services/auth/unlock-staff-account";
import { resetStaffTotp, staffTotpStatus, ZResetStaffTotp } from "@/server/services/staff/reset-staff-totp";

export const staffSecurityRouter = createTRPCRouter({
  /** The e-mailed unlock link's page posts its token here (public: the person cannot sign in, that is the point). */
  unlockAccount: publicProcedure
    .input(z.object({ token: z.string().min(20).max(100) }))
    .mutation(async ({ ctx, input }) => {
      await unlockStaffAccount(ctx.db, { token: input.token, now: ctx.now });
      return { unlocked: true };
    }),
  /** A new authenticator secret for the signed-in staff member (not in force until confirmed). */
  beginTotpEnrolment: staffEnrolmentProcedure.mutation(({ ctx }) =>
    beginTotpEnrolment(ctx.db, { user: ctx.user, authSecret: ctx.authSecret, now: ctx.now }),
  ),
  /** The first code from the app turns the factor on; the answer holds the recovery codes, shown this once. */
  confirmTotpEnrolment: staffEnrolmentProcedure
    .input(z.object({ code: ZTotpCode }))
    .mutation(({ ctx, input }) =>
      confirmTotpEnrolment(ctx.db, { user: ctx.user, code: input.code, authSecret: ctx.authSecret, now: ctx.now }),
    ),
  /**
   * A new set of ten recovery codes for the signed-in staff member, after a current TOTP code or an old recovery
   * code; the old set stops working. The answer holds the new codes, shown this once.
   */
  regenerateRecoveryCodes: staffProcedure("CASEWORKER", "SUPERVISOR", "INSPECTOR", "ADMIN")
    .input(z.strictObject({ code: z.string().trim().min(6).max(40) }))
    .mutation(({ ctx, input }) =>
      regenerateRecoveryCodes(ctx.db, {
        user: ctx.user,
        code: input.code,
        authSecret: ctx.authSecret,
        now: ctx.now,
        sendUnlockEmail: sendStaffUnlockEmail,
      }),
    ),
  /** Whether a staff member has a second factor, for the administrator's staff page. */
  totpStatus: staffProcedure("ADMIN")
    .input(z.strictObject({ userId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => staffTotpStatus(ctx.db, ctx.user, input.userId)),
  /** An administrator removes another staff member's factor (lost phone), with a reason; they must enrol again. */
  resetTotp: staffProcedure("ADMIN")
    .input(ZResetStaffTotp)
    .mutation(({ ctx, input }) => resetStaffTotp(ctx.db, ctx.user, input, ctx.now)),
});
