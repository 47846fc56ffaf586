import { z } from "zod";

/** The staff password policy, the same in the browser and on the server: at least 12 characters, letters and digits. */
export const PASSWORD_MIN_LENGTH = 12;

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "errors.passwordTooShort")
  .max(200, "errors.textTooLong")
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), "errors.passwordTooWeak");

/** The first broken rule as an `errors.*` key, or null when the password is acceptable. */
export function passwordProblem(password: string): string | null {
  const parsed = ZNewPassword.safeParse(password);
  return parsed.success ? null : (parsed.error.issues[0]?.message.slice("errors.".length) ?? "invalidInput");
}
