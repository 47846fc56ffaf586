import { z } from "zod";
import { createTRPCRouter, publicProcedure, staffEnrolmentProcedure } from "@/server/api/trpc";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
import { unlockStaffAccount } from "@/server/services/auth/unlock-staff-account";

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
});
