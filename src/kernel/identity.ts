import { z } from "zod";
import { FIN_PATTERN, normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";

export { FIN_PATTERN, maskPhone, normalizeAzPhone, normalizeFin } from "@/kernel/identity-format";

// Shared by the forms and the server so both reject the same input with the same message key.

export const ZFin = z
  .string()
  .transform(normalizeFin)
  .refine((v) => FIN_PATTERN.test(v), { message: "errors.finFormat" });

export const ZAzPhone = z.string().transform((raw, ctx) => {
  const phone = normalizeAzPhone(raw);
  if (!phone) {
    ctx.addIssue({ code: "custom", message: "errors.phoneFormat" });
    return z.NEVER;
  }
  return phone;
});
