import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";
import { errorKeyOf } from "./error-code";

/**
 * A failed call as catalog keys: one for the whole form (`errors.<code>`) and one per field the server named,
 * by the field's path with `prefix` removed (e.g. "result."), so a form can show each message beside its field.
 */
export function errorKeysOf(error: unknown, prefix = ""): { summary: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    for (const f of data?.fieldErrors ?? []) {
      const path = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
      // Only schema messages that are catalog keys; zod's own English texts are never shown.
      if (/^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(f.message)) fields[path] ??= f.message;
    }
  }
  return { summary: `errors.${errorKeyOf(error)}`, fields };
}
