import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

/** The message key of a failed call (`errors.<key>` in the catalogs), or a generic one. */
export function errorKeyOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const e = error as TRPCClientError<AppRouter>;
    const code = e.data?.appCode;
    if (code) return code;
    const firstField = e.data?.fieldErrors?.[0]?.message;
    if (firstField?.startsWith("errors.")) return firstField.slice("errors.".length);
    if (e.data?.code === "BAD_REQUEST") return "invalidInput";
  }
  return "unexpected";
}
