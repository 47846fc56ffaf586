import "server-only";
import { z } from "zod";
import { parseEnv } from "@/server/parse-env";
import { egovEnabled } from "./egov-provider";

const SmsEnv = z.object({ SMS_FIRST_SIGN_IN: z.enum(["true", "false"]).optional() });

/**
 * Whether a FIN with no mobile number on file may get its first sign-in code by SMS (and so have the number it
 * gives bound to it). SMS_FIRST_SIGN_IN, or its default: off where e-Gov sign-in is configured, since e-Gov proves
 * who the person is and the SMS code does not; on without it, as the only way in (docs/security.md).
 */
export function smsFirstSignIn(source: NodeJS.ProcessEnv = process.env): boolean {
  const { SMS_FIRST_SIGN_IN } = parseEnv(SmsEnv, source, "environment");
  return SMS_FIRST_SIGN_IN === undefined ? !egovEnabled() : SMS_FIRST_SIGN_IN === "true";
}
