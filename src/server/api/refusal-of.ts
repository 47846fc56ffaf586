import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";

/** Why the server refused a call, as a catalog key (`errors.<code>`) and the field it is about. */
export interface Refusal {
  code: string;
  field: string | null;
}

/**
 * The refusal behind an error a procedure threw, in the shape the browser's tRPC client reads (see the error
 * formatter in `trpc.ts`), or null for a fault that is not the caller's doing and is worth retrying.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCError)) return null;
  const cause = error.cause;
  if (cause instanceof AppError) {
    return { code: cause.code, field: typeof cause.details.field === "string" ? cause.details.field : null };
  }
  if (error.code === "FORBIDDEN") return { code: "forbidden", field: null };
  if (error.code !== "BAD_REQUEST") return null;
  const first = cause instanceof ZodError ? cause.issues[0] : undefined;
  const code = first?.message.startsWith("errors.") ? first.message.slice("errors.".length) : "invalidInput";
  return { code, field: first ? first.path.join(".") : null };
}
