import { z } from "zod";
import { ZAzPhone, ZFin } from "@/kernel/identity";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { requestSignInCode } from "@/server/services/auth/request-sign-in-code";
import { sendSignInCode } from "@/server/services/notifications/send-sign-in-code";

const ZRequestCode = z.object({ fin: ZFin, phone: ZAzPhone, locale: z.enum(["az", "ru", "en"]) });

export const authRouter = createTRPCRouter({
  /** Step 1 of the citizen's sign-in: a one-time code by SMS. Step 2 is next-auth's `citizen-otp`. */
  requestCode: publicProcedure.input(ZRequestCode).mutation(async ({ ctx, input }) => {
    const { expiresAt } = await requestSignInCode(
      ctx.db,
      { ...input, now: ctx.now, secret: ctx.authSecret },
      (message) => sendSignInCode(ctx.db, message),
    );
    return { expiresAt, phone: input.phone };
  }),
});
