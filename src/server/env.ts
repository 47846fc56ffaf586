import "server-only";
import { z } from "zod";
import { parseEnv } from "./parse-env";

const Env = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  APP_BASE_URL: z.string().url().default("http://localhost:3000"),
  /** Off unless all three are set: the e-government identity provider (OpenID Connect). */
  EGOV_OIDC_ISSUER: z.string().url().optional(),
  EGOV_OIDC_CLIENT_ID: z.string().min(1).optional(),
  EGOV_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /**
   * Staff must sign in with a TOTP code as well as the password; one without an enrolled authenticator is sent to
   * enrolment and can do nothing else. Unset: on in production, off otherwise (`npm start` sets it off for its demo).
   */
  STAFF_TOTP_REQUIRED: z.enum(["true", "false"]).optional(),
  /**
   * Whether a FIN with no mobile number on file may sign in by SMS the first time. Unset: off where e-Gov sign-in
   * is configured, on otherwise (`npm start` sets it on for its demo). Read by `smsFirstSignIn()`.
   */
  SMS_FIRST_SIGN_IN: z.enum(["true", "false"]).optional(),
});
export type Env = z.infer<typeof Env>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(Env, process.env, "environment");
  return cached;
}

/** STAFF_TOTP_REQUIRED, or its default: on in production. */
export function staffTotpRequired(e: Env = env()): boolean {
  return e.STAFF_TOTP_REQUIRED === undefined ? e.NODE_ENV === "production" : e.STAFF_TOTP_REQUIRED === "true";
}
