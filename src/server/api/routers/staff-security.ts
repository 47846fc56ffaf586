import { z } from "zod";
import { createTRPCRouter, publicProcedure, staffEnrolmentProcedure, staffProcedure } from "@/server/api/trpc";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
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
    .input(z.object({ code: z.string().regex(/^\s*\d{3}\s*\d{3}\s*$/) }))
    .mutation(({ ctx, input }) =>
      confirmTotpEnrolment(ctx.db, { user: ctx.user, code: input.code, authSecret: ctx.authSecret, now: ctx.now }),
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
