import { z } from "zod";
import { ZAzPhone, ZFin } from "@/kernel/identity";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { requestSignInCode } from "@/server/services/auth/request-sign-in-code";
import { smsFirstSignIn } from "@/server/auth/sms-first-sign-in";
import { sendSignInCode } from "@/server/services/notifications/send-sign-in-code";
import { ZNewPassword } from "@/lib/password-policy";
import { appBaseUrl } from "@/server/services/notifications/app-base-url";
import { scopedLogger } from "@/server/observability/logger";
import { requestPasswordReset } from "@/server/services/auth/request-password-reset";
import { passwordLinkState } from "@/server/services/auth/password-link-state";
import { setPasswordWithToken } from "@/server/services/auth/set-password-with-token";
import { sendStaffEmail } from "@/server/services/notifications/send-staff-email";

const log = scopedLogger("auth");

const ZRequestCode = z.object({ fin: ZFin, phone: ZAzPhone, locale: z.enum(["az", "ru", "en"]) });

export const authRouter = createTRPCRouter({
  /** Step 1 of the citizen's sign-in: a one-time code by SMS. Step 2 is next-auth's `citizen-otp`. */
  requestCode: publicProcedure.input(ZRequestCode).mutation(async ({ ctx, input }) => {
    const { expiresAt } = await requestSignInCode(
      ctx.db,
      { ...input, now: ctx.now, secret: ctx.authSecret, firstSignIn: smsFirstSignIn() },
      (message) => sendSignInCode(ctx.db, message),
    );
    return { expiresAt, phone: input.phone };
  }),
  /**
   * "Forgot password" for staff. Always the same answer; the e-mail goes out in the background so that the answer
   * time does not tell whether the account exists either.
   */
  requestPasswordReset: publicProcedure
    .input(z.strictObject({ email: z.string().trim().max(200) }))
    .mutation(async ({ ctx, input }) => {
      const inBackground = async () => {
        const baseUrl = appBaseUrl();
        await requestPasswordReset(ctx.db, { email: input.email, now: ctx.now, baseUrl }, (m) =>
          sendStaffEmail(ctx.db, m),
        );
      };
      void inBackground().catch((err: unknown) => log.error({ err }, "password reset e-mail failed"));
      return { accepted: true };
    }),
  /** Whether an e-mailed password link still works, and whose account it is for, read when its page opens. */
  passwordLink: publicProcedure
    .input(z.strictObject({ token: z.string().min(20).max(100) }))
    .query(({ ctx, input }) => passwordLinkState(ctx.db, { token: input.token, now: ctx.now })),
  /** Sets a staff password from an e-mailed one-time link (new account or reset). */
  setPassword: publicProcedure
    .input(z.strictObject({ token: z.string().min(20).max(100), password: ZNewPassword }))
    .mutation(async ({ ctx, input }) => {
      await setPasswordWithToken(ctx.db, { token: input.token, password: input.password, now: ctx.now });
      return { done: true };
    }),
});
