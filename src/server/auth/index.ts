import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { cache } from "react";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { env, staffTotpRequired } from "@/server/env";
import { AppError } from "@/server/errors";
import { ZFin } from "@/kernel/identity";
import { encodeSignInRefusal } from "@/kernel/sign-in-refusal";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { verifySignInCode } from "@/server/services/auth/verify-sign-in-code";
import { signInWithEgov } from "@/server/services/auth/sign-in-with-egov";
import { sessionStanding, type SessionStanding } from "@/server/services/auth/refresh-session-user";
import { sendStaffUnlockEmail } from "@/server/services/auth/send-staff-unlock-email";
import { clientAddressOf } from "@/lib/security/client-address";
import { ZSessionUser, type SessionUser } from "@/kernel/session-user";
import { egovProvider } from "./egov-provider";
import { scopedLogger } from "@/server/observability/logger";
import { authJsLogger, SignInRefused } from "./auth-logger";
import { hasConfirmedTotp } from "@/server/services/auth/enrol-staff-totp";

const authLog = scopedLogger("auth");

declare module "next-auth" {
  interface Session {
    appUser?: SessionUser;
  }
  interface User {
    appUser?: SessionUser;
  }
}

async function refuseWithCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    // A wrong code carries the tries left ("codeWrong:2"), so the form can say how many remain.
    if (e instanceof AppError) throw new SignInRefused(encodeSignInRefusal(e.code, e.details));
    throw e;
  }
}

const ZCitizenCredentials = z.object({
  fin: ZFin,
  code: z.string().regex(/^\d{6}$/),
  locale: z.enum(["az", "ru", "en"]),
});
const ZStaffCredentials = z.object({
  email: z.string().email().max(320),
  password: z.string().min(1).max(200),
  // The second factor, when the account has one: a TOTP code or a recovery code.
  code: z.string().max(40).optional(),
});

const config: NextAuthConfig = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Without a locale: the language routing sends `/sign-in?error=…` on to the page in the person's language. The
  // error page likewise: any other Auth.js error (e.g. `Configuration`, the e-Gov provider unusable) lands on the
  // app's own page in that language, which says what happened and leads back to sign-in, not on Auth.js's English one.
  pages: { signIn: "/sign-in", error: "/sign-in/error" },
  trustHost: true,
  // A refused sign-in is an expected answer, not a server error: a warn line without a stack (see auth-logger.ts).
  logger: authJsLogger(authLog),
  providers: [
    Credentials({
      id: "citizen-otp",
      credentials: { fin: {}, code: {}, locale: {} },
      authorize: async (raw) => {
        const parsed = ZCitizenCredentials.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("codeWrong");
        const { fin, code, locale } = parsed.data;
        const appUser = await refuseWithCode(() =>
          verifySignInCode(getDb(), { fin, code, locale, now: new Date(), secret: env().AUTH_SECRET }),
        );
        return { id: appUser.id, name: appUser.name, appUser };
      },
    }),
    Credentials({
      id: "staff-password",
      credentials: { email: {}, password: {}, code: {} },
      authorize: async (raw, request) => {
        const parsed = ZStaffCredentials.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("credentialsInvalid");
        const { email, password, code } = parsed.data;
        const attempt = {
          email,
          password,
          code: code || undefined,
          now: new Date(),
          clientAddress: clientAddressOf(request.headers),
          authSecret: env().AUTH_SECRET,
        };
        const appUser = await refuseWithCode(() =>
          authenticateStaff(getDb(), attempt, { sendUnlockEmail: sendStaffUnlockEmail }),
        );
        return { id: appUser.id, name: appUser.name, appUser };
      },
    }),
    ...egovProvider(),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "egov" && profile) {
        token.appUser = await signInWithEgov(getDb(), profile);
      } else if (user?.appUser) {
        token.appUser = user.appUser;
      }
      return token;
    },
    session({ session, token }) {
      const parsed = ZSessionUser.safeParse(token.appUser);
      return { ...session, appUser: parsed.success ? parsed.data : undefined };
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);

/**
 * The signed-in person and whether they may work or must first enrol a second factor; null when signed out. Read
 * once per server render (React's cache): a page's guard, its tRPC caller and its header all ask, and each asking
 * read the account again. Outside a render (route handlers, the API) every call reads afresh.
 */
export const currentSessionStanding = cache(async (): Promise<SessionStanding | null> => {
  const session = await auth();
  if (!session?.appUser) return null;
  return sessionStanding(getDb(), session.appUser, { staffTotpRequired: staffTotpRequired() });
});

/** The signed-in person as their account stands now, or null (signed out, deactivated or removed). */
export async function currentUser(): Promise<SessionUser | null> {
  const standing = await currentSessionStanding();
  // A staff member who must enrol a second factor counts as signed out everywhere but the enrolment page.
  return standing?.kind === "active" ? standing.user : null;
}

/**
 * A staff member signed in with the password who must enrol a second factor before anything else
 * (STAFF_TOTP_REQUIRED), or null. For the enrolment page only.
 */
export async function staffAwaitingTotpEnrolment(): Promise<SessionUser | null> {
  const standing = await currentSessionStanding();
  return standing?.kind === "totpEnrolment" ? standing.user : null;
}

/** Whether a staff member has a confirmed second factor, for the enrolment page. */
export async function staffHasConfirmedTotp(userId: string): Promise<boolean> {
  return hasConfirmedTotp(getDb(), userId);
}
