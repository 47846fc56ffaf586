import { CredentialsSignin } from "next-auth";
import type { Logger } from "pino";

/** Carries our error code to the client (`signIn(...)` returns it as `code`), to show a localized message. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/**
 * Auth.js's `logger` option. A refused sign-in (a wrong or expired code, a wrong password, a locked account) is
 * an expected answer, not a server fault: one warn line with the refusal's code, without a stack. Auth.js names
 * an error after its class (`SignInRefused`), so a refusal is known by its type, which subclasses inherit.
 * Anything else is an error, with its stack.
 */
export function authJsLogger(log: Logger) {
  return {
    error(error: Error) {
      const type = (error as { type?: unknown }).type;
      if (error instanceof CredentialsSignin || type === "CredentialsSignin") {
        log.warn({ code: (error as CredentialsSignin).code }, "sign-in refused");
        return;
      }
      log.error({ err: error }, "authentication failed");
    },
    warn(code: string) {
      log.warn({ code }, "Auth.js warning");
    },
  };
}
