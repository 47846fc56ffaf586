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

/**
 * A business refusal with its details (e.g. the field it is about), or null when the call failed for another
 * reason — no connection, a server fault — which is worth retrying with the same data.
 */
export function businessErrorOf(
  error: unknown,
): { code: string; field: string | null; details: Record<string, string | number> } | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<AppRouter>).data;
  if (!data) return null;
  if (data.appCode) {
    const details = data.appDetails ?? {};
    return { code: data.appCode, field: typeof details.field === "string" ? details.field : null, details };
  }
  const first = data.fieldErrors?.[0];
  if (data.code === "BAD_REQUEST") {
    const code = first?.message.startsWith("errors.") ? first.message.slice("errors.".length) : "invalidInput";
    return { code, field: first?.path ?? null, details: {} };
  }
  return null;
}
