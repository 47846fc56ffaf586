import { z } from "zod";

/**
 * A credentials sign-in's refusal as Auth.js carries it to the browser: one string, the `code` of the answer's
 * URL. A wrong one-time code also says how many tries are left, so the string is `<errorKey>` or
 * `<errorKey>:<remaining>` ("codeWrong:2"). Only a count ever goes with it: never what was typed.
 */
export interface SignInRefusal {
  key: string;
  remaining: number | null;
}

const ZRefusal = z.string().regex(/^([A-Za-z]{1,40})(?::(\d{1,2}))?$/);

export function encodeSignInRefusal(key: string, details: Record<string, string | number> = {}): string {
  const remaining = details.remaining;
  return typeof remaining === "number" && Number.isInteger(remaining) && remaining >= 0 && remaining < 100
    ? `${key}:${remaining}`
    : key;
}

/** The refusal in `code`, or null when there is none or it is not one of ours (Auth.js's own "credentials"). */
export function decodeSignInRefusal(code: string | null): SignInRefusal | null {
  const parsed = ZRefusal.safeParse(code);
  if (!parsed.success || parsed.data === "credentials") return null;
  const [, key, remaining] = /^([A-Za-z]+)(?::(\d+))?$/.exec(parsed.data)!;
  return { key: key!, remaining: remaining === undefined ? null : Number(remaining) };
}
