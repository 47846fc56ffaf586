import { z } from "zod";

/**
 * A code from the authenticator app, as the set-up form checks it and the server validates it: six digits, a space
 * between the groups of three as some apps show them. Browser-safe; the message is a catalog key, so an empty code or
 * letters are told what is expected, not "some of the information is not valid".
 */
export const ZTotpCode = z.string().regex(/^\s*\d{3}\s*\d{3}\s*$/, "errors.totpCodeFormat");
